package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@link Invariant}s against the ground truth after a morning run: the G3stor simulator's
 * tickets and histories, the mail the customers sent (the {@link Ledger}) and the mail they received.
 * A violation is reported once, on the first day it is seen.
 */
final class InvariantCheck {
    /**
     * The simulated team's reopen policy: a customer's answer within 30 days of a ticket's conclusion reopens it
     * (roteiro's default {@code mail.intake.reopen-window}). The check does not read roteiro's configuration,
     * so a run that switches reopening off ({@code reopen-window: 0d}) is caught opening new tickets for answers.
     */
    static final Duration REOPEN_WINDOW = Duration.ofDays(30);
    private final BusinessCalendar calendar;
    private final Duration silenceLimit;
    private final Set<String> reported = new HashSet<>();
    private final StringBuilder tasksSeen = new StringBuilder();

    /** What one check found besides the violations. */
    record Observation(List<Violation> violations, Duration longestSilence) {}

    InvariantCheck(BusinessCalendar calendar, Duration silenceLimit) {
        this.calendar = calendar;
        this.silenceLimit = silenceLimit;
    }

    Observation check(int day, LocalDate date, Instant now, DailyReport report, G3storSimulator g3, Ledger ledger,
                      Map<String, Integer> ourMailCopies, Map<String, Integer> issuesPerTicket) {
        List<Violation> out = new ArrayList<>();
        for (StepReport step : report.steps()) {
            for (HumanTask task : step.humanTasks()) {
                tasksSeen.append(task.title()).append(' ').append(task.target()).append(' ').append(task.reason()).append('\n');
            }
        }
        Map<String, List<TicketId>> byRef = new HashMap<>();
        Map<String, TicketId> byEntry = new HashMap<>();
        Map<TicketId, List<Interaction>> histories = new LinkedHashMap<>();
        List<Ticket> tickets = g3.tickets();
        for (Ticket t : tickets) {
            for (ExternalRef ref : t.externalRefs()) {
                byRef.computeIfAbsent(ref.value(), k -> new ArrayList<>()).add(t.id());
            }
            List<Interaction> history = g3.interactions(t.id());
            histories.put(t.id(), history);
            for (Interaction i : history) {
                if (i.externalRef() != null) {
                    byEntry.putIfAbsent(i.externalRef(), t.id());
                }
            }
        }
        requestsAndLanding(day, date, ledger, byRef, byEntry, tickets, out);
        concludedUnanswered(day, date, tickets, histories, out);
        Duration longest = silence(day, date, now, tickets, histories, ledger, out);
        duplicates(day, date, report, ourMailCopies, issuesPerTicket, out);
        return new Observation(out, longest);
    }

    private void requestsAndLanding(int day, LocalDate date, Ledger ledger, Map<String, List<TicketId>> byRef,
                                    Map<String, TicketId> byEntry, List<Ticket> tickets, List<Violation> out) {
        for (Ledger.Delivered d : ledger.delivered) {
            String id = d.messageId();
            List<TicketId> opened = byRef.getOrDefault(id, List.of());
            if (!d.kind().human) {
                if (!opened.isEmpty()) {
                    add(out, new Violation(day, date, Invariant.ONE_TICKET_PER_REQUEST, opened.get(0).value(), id,
                            "detail.automaticOpened", d.from(), d.subject()));
                }
                continue;
            }
            if (d.kind() == Ledger.Kind.REQUEST) {
                if (opened.size() != 1) {
                    add(out, new Violation(day, date, Invariant.ONE_TICKET_PER_REQUEST, opened.isEmpty() ? "-"
                            : opened.toString(), id, opened.isEmpty() ? "detail.noTicket" : "detail.manyTickets",
                            opened.size(), d.from(), d.subject()));
                }
                if (opened.isEmpty() && !tasksSeen.toString().contains(id)) {
                    add(out, new Violation(day, date, Invariant.EVERY_MAIL_LANDS, "-", id, "detail.lost", d.from(), d.subject()));
                }
                continue;
            }
            TicketId expected = d.thread().ticket;
            TicketId landed = byEntry.get(id);
            if (!opened.isEmpty()) {
                // the reply opened a ticket: right only as a linked continuation, and then it lands on that ticket
                if (!rightlyContinued(tickets, opened.get(0), expected, d.at())) {
                    add(out, new Violation(day, date, Invariant.NO_DUPLICATES, opened.get(0).value(), id,
                            "detail.replyOpened", expected == null ? "-" : expected.value(), d.how(), d.subject()));
                }
            } else if (landed == null && !tasksSeen.toString().contains(id)) {
                add(out, new Violation(day, date, Invariant.EVERY_MAIL_LANDS, expected == null ? "-" : expected.value(),
                        id, "detail.lost", d.from(), d.subject()));
            } else if (landed != null && expected != null && !landed.equals(expected)) {
                add(out, new Violation(day, date, Invariant.EVERY_MAIL_LANDS, expected.value(), id, "detail.elsewhere",
                        landed.value()));
            }
        }
    }

    /**
     * A reply may rightly open a new ticket only when its ticket is cancelado, or concluído longer than
     * {@link #REOPEN_WINDOW} before the reply arrived (#10 item 2); then the two tickets must be linked, which is
     * what tells a continuation from a duplicate. The link may go either way: roteiro puts it on the old ticket
     * ("Continuação: chamado G3-n", pointing at the new one) and names the old one in the new ticket's text.
     * Ticket ids are matched as whole ids ({@code G3-1} is not in {@code G3-12}).
     */
    private static boolean rightlyContinued(List<Ticket> tickets, TicketId opened, TicketId old, Instant repliedAt) {
        if (old == null) {
            return false;
        }
        Ticket previous = tickets.stream().filter(t -> t.id().equals(old)).findFirst().orElse(null);
        if (previous == null) {
            return false;
        }
        boolean closedForGood = previous.status() == TicketStatus.CANCELADO
                || previous.status() == TicketStatus.CONCLUIDO
                && Duration.between(previous.statusSince(), repliedAt).compareTo(REOPEN_WINDOW) > 0;
        return closedForGood && (linksTo(tickets, opened, old) || linksTo(tickets, old, opened));
    }

    private static boolean linksTo(List<Ticket> tickets, TicketId from, TicketId to) {
        Pattern id = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(to.value()) + "(?![0-9])");
        return tickets.stream().filter(t -> t.id().equals(from)).flatMap(t -> t.links().stream())
                .anyMatch(l -> id.matcher(URLDecoder.decode(String.valueOf(l.url()), StandardCharsets.UTF_8)).find()
                        || id.matcher(String.valueOf(l.title())).find());
    }

    private void concludedUnanswered(int day, LocalDate date, List<Ticket> tickets,
                                     Map<TicketId, List<Interaction>> histories, List<Violation> out) {
        for (Ticket t : tickets) {
            if (t.status() != TicketStatus.CONCLUIDO) {
                continue;
            }
            Interaction lastCustomer = null;
            for (Interaction i : histories.get(t.id())) {
                if (i.kind() == InteractionKind.CUSTOMER_MESSAGE) {
                    lastCustomer = i;
                } else if (i.kind() == InteractionKind.AGENT_REPLY) {
                    lastCustomer = null;
                }
            }
            if (lastCustomer != null) {
                add(out, new Violation(day, date, Invariant.NO_CONCLUDED_UNANSWERED, t.id().value(),
                        String.valueOf(lastCustomer.externalRef()), "detail.concluded", lastCustomer.author()));
            }
        }
    }

    private Duration silence(int day, LocalDate date, Instant now, List<Ticket> tickets,
                             Map<TicketId, List<Interaction>> histories, Ledger ledger, List<Violation> out) {
        Map<TicketId, Instant> lastMailed = new HashMap<>();
        for (Ledger.Conversation c : ledger.conversations) {
            for (Ledger.OurMail m : c.received) {
                lastMailed.merge(m.ticket(), m.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Duration longest = Duration.ZERO;
        for (Ticket t : tickets) {
            if (!t.status().isOpen() || t.status().pausesSla()) {
                continue;
            }
            Instant last = t.createdAt();
            for (Interaction i : histories.get(t.id())) {
                if (i.kind() == InteractionKind.AGENT_REPLY && i.at().isAfter(last)) {
                    last = i.at();
                }
            }
            Instant mailed = lastMailed.get(t.id());
            if (mailed != null && mailed.isAfter(last)) {
                last = mailed;
            }
            Duration waited = calendar.businessTimeBetween(last, now);
            if (waited.compareTo(longest) > 0) {
                longest = waited;
            }
            if (waited.compareTo(silenceLimit) > 0) {
                add(out, new Violation(day, date, Invariant.SILENCE_LIMIT, t.id().value(), "-", "detail.silence",
                        Table.hours(waited), Table.hours(silenceLimit)));
            }
        }
        return longest;
    }

    private void duplicates(int day, LocalDate date, DailyReport report, Map<String, Integer> ourMailCopies,
                            Map<String, Integer> issuesPerTicket, List<Violation> out) {
        ourMailCopies.forEach((id, copies) -> {
            if (copies > 1) {
                add(out, new Violation(day, date, Invariant.NO_DUPLICATES, Ticketed.ticketOf(id), id, "detail.mailTwice",
                        copies));
            }
        });
        Map<String, Integer> issues = new HashMap<>(issuesPerTicket);
        for (StepReport step : report.steps()) {
            for (ActionRecord a : step.actions()) {
                if (a.kind().equals("github.issue") && a.planned()) {
                    issues.merge(a.target(), 1, Integer::sum);
                }
            }
        }
        issues.forEach((ticket, n) -> {
            if (n > 1) {
                add(out, new Violation(day, date, Invariant.NO_DUPLICATES, ticket, "-", "detail.issueTwice", n));
            }
        });
    }

    private void add(List<Violation> out, Violation v) {
        if (reported.add(v.invariant() + "|" + v.ticket() + "|" + v.messageId() + "|" + v.detailKey())) {
            out.add(v);
        }
    }
}
