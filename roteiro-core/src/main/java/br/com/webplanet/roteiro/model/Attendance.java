package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An attendance (atendimento): a contact handled by the team in any channel, as G3stor records
 * it. {@code ticket} is null when no ticket was opened for it.
 */
public record Attendance(String id, Channel channel, Instant at, CustomerRef customer, String agent,
                         String summary, AttendanceOutcome outcome, TicketId ticket) {
    public Attendance {
        Checks.requireText(id, "attendance id");
        Objects.requireNonNull(channel, "channel is null");
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(customer, "customer is null");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(outcome, "outcome is null");
    }
}
