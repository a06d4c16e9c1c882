package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A closed ticket that a customer's mail reopened: from then on its SLA counts from {@code at}, and
 * the waiting queue (step 6) shows it as reopened. Recorded by intake under
 * {@link br.com.webplanet.roteiro.spi.Handoffs#REOPENED_TICKETS}, key ticket id (the last reopening wins).
 *
 * @param ticket     the ticket reopened
 * @param at         when (the mail's intake time)
 * @param previous   the status it was in (concluído)
 * @param messageId  the mail that reopened it
 * @param evidence   why, pt-BR
 */
public record Reopening(TicketId ticket, Instant at, TicketStatus previous, String messageId, String evidence) {
    public Reopening {
        Objects.requireNonNull(ticket, "ticket is null");
        Objects.requireNonNull(at, "at is null");
        evidence = evidence == null ? "" : evidence;
    }
}
