package br.com.webplanet.roteiro.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the waiting-customers queue (step 6).
 *
 * @param ticket         the ticket
 * @param customer       customer name
 * @param subject        ticket subject
 * @param priority       urgency × impact
 * @param waitingSince   when the customer started waiting on us
 * @param deadline       SLA deadline (business time), or null when none applies
 * @param timeToBreach   business time left until the deadline (negative when breached), or null
 * @param breached       already past the deadline
 * @param atRisk         within the warning window
 * @param lastAgentReply last time we wrote to the customer, or null
 * @param reason         why it is in the queue, pt-BR
 */
public record WaitingCustomer(TicketId ticket, String customer, String subject, Priority priority,
                              Instant waitingSince, Instant deadline, Duration timeToBreach, boolean breached,
                              boolean atRisk, Instant lastAgentReply, String reason) {
    public WaitingCustomer {
        Objects.requireNonNull(ticket, "ticket is null");
        Objects.requireNonNull(priority, "priority is null");
        Objects.requireNonNull(waitingSince, "waitingSince is null");
    }
}
