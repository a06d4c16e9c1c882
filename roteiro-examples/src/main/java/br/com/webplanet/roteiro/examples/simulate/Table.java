package br.com.webplanet.roteiro.examples.simulate;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** The per-day table {@code roteiro simulate} prints, and the invariants' result under it. */
public final class Table {
    private Table() {}

    /** Business time as {@code 14h05}. */
    static String hours(Duration d) {
        return String.format(Locale.ROOT, "%dh%02d", d.toHours(), d.toMinutesPart());
    }

    public static void print(PrintWriter out, SimulationResult result, Locale locale) {
        SimulationOptions o = result.options();
        out.println(SimText.get(locale, "table.title", o.days(), o.seed(), result.firstDay().toString(),
                result.holiday().toString(), result.population()));
        String format = "%4s  %-10s  %7s  %8s  %9s  %11s  %13s  %8s  %9s  %s%n";
        out.printf(Locale.ROOT, format, SimText.get(locale, "col.day"), SimText.get(locale, "col.date"),
                SimText.get(locale, "col.mails"), SimText.get(locale, "col.tickets"), SimText.get(locale, "col.replies"),
                SimText.get(locale, "col.reopenings"), SimText.get(locale, "col.silence"), SimText.get(locale, "col.wall"),
                SimText.get(locale, "col.journal"), SimText.get(locale, "col.invariants"));
        for (DayRow r : result.rows()) {
            out.printf(Locale.ROOT, format, r.day(), r.date(), r.mails(), r.ticketsOpened(), r.replies(), r.reopenings(),
                    hours(r.longestSilence()), r.runMillis(), r.journalBytes() / 1024,
                    r.violations() == 0 ? "ok" : SimText.get(locale, "table.violated", r.violations()));
        }
        java.util.Map<String, Long> k = result.mailKinds();
        out.println(SimText.get(locale, "table.kinds", k.get("REQUEST"), k.get("REPLY"), k.get("AFTER_DONE"),
                k.get("CHASE"), k.get("OUT_OF_OFFICE"), k.get("BOUNCE"), result.issuesCreated()));
        result.failedSteps().forEach(f -> out.println(SimText.get(locale, "table.failedStep", f)));
        if (result.violations().isEmpty()) {
            out.println(SimText.get(locale, "result.ok", result.rows().size()));
        } else {
            out.println(SimText.get(locale, "result.failed", result.violations().size()));
            result.violations().forEach(v -> out.println("  - " + v.message(locale)));
        }
        out.flush();
    }
}
