package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.TicketStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket search. Empty {@code statuses} means any status; null {@code updatedSince},
 * {@code tag} and {@code customerId} mean no filter.
 */
public record TicketQuery(Set<TicketStatus> statuses, Instant updatedSince, String tag, String customerId) {
    public TicketQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    public static TicketQuery all() {
        return new TicketQuery(Set.of(), null, null, null);
    }

    /** Every ticket whose status {@link TicketStatus#isOpen() is open}. */
    public static TicketQuery open() {
        EnumSet<TicketStatus> open = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus s : TicketStatus.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return new TicketQuery(open, null, null, null);
    }

    public static TicketQuery withStatus(TicketStatus first, TicketStatus... more) {
        return new TicketQuery(EnumSet.of(first, more), null, null, null);
    }

    public TicketQuery updatedSince(Instant since) {
        return new TicketQuery(statuses, since, tag, customerId);
    }

    public TicketQuery tagged(String value) {
        return new TicketQuery(statuses, updatedSince, value, customerId);
    }

    public TicketQuery forCustomer(String id) {
        return new TicketQuery(statuses, updatedSince, tag, id);
    }

    public boolean matches(br.com.webplanet.roteiro.model.Ticket t) {
        return (statuses.isEmpty() || statuses.contains(t.status()))
                && (updatedSince == null || !t.updatedAt().isBefore(updatedSince))
                && (tag == null || t.tags().contains(tag))
                && (customerId == null || customerId.equals(t.customer().id()));
    }
}
