package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.sla.Pause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The spans a ticket was seen waiting on the customer, kept in the journal (topic
 * {@link #TOPIC}, key ticket id) because G3stor keeps no status history: each run that sees a
 * ticket in a pausing status opens a span at its {@code statusSince}; the first run that sees it
 * back with the team closes the span at the new {@code statusSince}.
 *
 * @param spans oldest first; the last may be open ({@code to} null)
 */
public record PauseLog(List<Span> spans) {
    public static final String TOPIC = "g3stor.sla-pauses";

    /** One pause: {@code to} is null while open. */
    public record Span(Instant from, Instant to) {}

    public PauseLog {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    public static PauseLog empty() {
        return new PauseLog(List.of());
    }

    /** This log after seeing {@code t} as it is now; the same instance when nothing changes. */
    PauseLog observe(Ticket t) {
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        boolean open = last != null && last.to() == null;
        List<Span> out = new ArrayList<>(spans);
        if (t.status().pausesSla() && !open) {
            out.add(new Span(t.statusSince(), null));
        } else if (!t.status().pausesSla() && open) {
            Instant end = t.statusSince().isAfter(last.from()) ? t.statusSince() : last.from();
            out.set(out.size() - 1, new Span(last.from(), end));
        } else {
            return this;
        }
        return new PauseLog(out);
    }

    List<Pause> pauses() {
        return spans.stream().map(s -> new Pause(s.from(), s.to())).toList();
    }

    /** When the last pause ended, or null. */
    Instant lastResumed() {
        return spans.isEmpty() ? null : spans.get(spans.size() - 1).to();
    }
}
