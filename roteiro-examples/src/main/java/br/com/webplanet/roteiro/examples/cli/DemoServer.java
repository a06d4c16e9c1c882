package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ScheduleConfig;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.examples.watch.RoutineSchedule;
import br.com.webplanet.roteiro.examples.watch.WatchLoop;
import br.com.webplanet.roteiro.examples.web.WebRuntime;
import br.com.webplanet.roteiro.g3stor.CalendarSettings;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.mail.MailboxWatcher;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code roteiro demo --serve}: after the demo's routine, keeps its servers (GreenMail, the G3stor
 * simulator) up, watches the demo mailbox like {@code roteiro watch} and serves the web page, until
 * Ctrl+C / SIGTERM.
 */
final class DemoServer {
    private final Roteiro roteiro;
    private final DemoEnvironment env;
    private final int port;
    private final PrintWriter out;

    DemoServer(Roteiro roteiro, DemoEnvironment env, int port, PrintWriter out) {
        this.roteiro = Objects.requireNonNull(roteiro, "roteiro is null");
        this.env = Objects.requireNonNull(env, "env is null");
        this.port = port;
        this.out = Objects.requireNonNull(out, "out is null");
    }

    void serveUntilStopped() {
        MailboxWatcher watcher = roteiro.lookup(MailboxWatcher.class)
                .orElseThrow(() -> new IllegalStateException("the demo has no mailbox watcher"));
        CalendarSettings calendar = roteiro.lookup(G3storConfig.class).map(G3storConfig::calendar)
                .orElseGet(CalendarSettings::defaults);
        ScheduleConfig schedule = roteiro.lookup(ScheduleConfig.class).orElseGet(() -> new ScheduleConfig(null));
        Clock clock = Clock.system(calendar.zone());
        WatchLoop loop = new WatchLoop(roteiro, watcher, new RoutineSchedule(calendar.toCalendar(), schedule.routineAt()),
                clock, out);
        WebRuntime web = WebRuntime.start(roteiro, new WebRuntime.Options(Optional.of(port), Duration.ofMinutes(1), clock,
                java.util.Set.copyOf(DemoEnvironment.ROUTINE)));
        loop.onRun(web::afterRun);
        Thread hook = new Thread(() -> {
            loop.stop();
            web.close();
        }, "roteiro-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(CliText.get("demo.serving", String.valueOf(web.port()), "suporte@webplanet.com.br",
                env.smtpAddress()));
        out.flush();
        loop.start(false);
        try {
            loop.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.stop();
            web.close();
        }
    }
}
