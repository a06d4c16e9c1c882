package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sync back: a marked issue closed since the last run moves its ticket (if it still waits on development)
 * to {@code github.syncBack.closedStatus} (with {@code onlyClosedByPullRequest}, only when a merged pull request
 * or a commit closed it); one reopened moves it back from there to {@code reopenedStatus}. Only
 * transitions G3stor allows; a concurrent change (stale version) is re-read and decided again. Each move goes
 * through the journal under {@code gh:sync:<ticket>:<state>:<issue updated_at>}.
 */
final class IssueSync {
    private final TicketSystem tickets;
    private final TicketStatus closedStatus;
    private final TicketStatus reopenedStatus;
    private final Set<TicketStatus> waiting;
    private final boolean onlyClosedByPullRequest;

    IssueSync(GitHubConfig config, TicketSystem tickets) {
        this.tickets = requireNonNull(tickets, "tickets is null");
        this.closedStatus = TicketStatus.fromCode(config.syncBack().closedStatus());
        this.reopenedStatus = TicketStatus.fromCode(config.syncBack().reopenedStatus());
        this.onlyClosedByPullRequest = config.syncBack().onlyClosedByPullRequest();
        this.waiting = config.selection().statuses().stream().map(TicketStatus::fromCode).collect(Collectors.toSet());
    }

    /** Applies the listing; true when every linked ticket was handled (so the listing checkpoint may advance). */
    boolean apply(Map<TicketId, IssueRef> listing, Journal journal, boolean dryRun, Messages msg,
                  StepResult.Builder out) {
        boolean allHandled = true;
        for (Map.Entry<TicketId, IssueRef> e : listing.entrySet()) {
            TicketId id = e.getKey();
            IssueRef issue = e.getValue();
            try {
                Optional<Ticket> ticket = tickets.get(id);
                TicketStatus target = ticket.map(t -> decide(t, issue)).orElse(null);
                if (target == null) {
                    continue;
                }
                String state = msg.get(issue.state() == IssueState.CLOSED ? "state.closed" : "state.open");
                String ref = issue.repository() + "#" + issue.number();
                String from = ticket.get().status().label(msg.locale());
                String to = target.label(msg.locale());
                String key = "gh:sync:" + id + ":" + issue.state() + ":" + issue.updatedAt().toEpochMilli();
                if (dryRun) {
                    out.action(ActionRecord.planned("github.sync", id.value(),
                            msg.get("action.syncPlan", id, from, to, ref, state), key));
                    out.increment("ticketsToMove");
                    continue;
                }
                boolean[] moved = {false};
                journal.once(key, String.class,
                        () -> tickets.get(id).filter(t -> t.status() == target).map(t -> target.code()),
                        () -> {
                            moved[0] = move(id, issue, msg.get("note.sync", ref, state));
                            return target.code();
                        });
                if (moved[0]) {
                    out.action(ActionRecord.done("github.sync", id.value(),
                            msg.get("action.sync", id, from, to, ref, state), key));
                    out.increment("ticketsMoved");
                }
            } catch (RuntimeException failure) {
                allHandled = false;
                out.itemFailed().increment("failed").humanTask(new HumanTask(msg.get("task.item.title"), id.value(),
                        msg.get("task.item.reason", failure.getMessage()), OpenIssuesStep.WIKI));
            }
        }
        return allHandled;
    }

    /** The status the ticket should move to given its issue's state, or null for none. */
    TicketStatus decide(Ticket ticket, IssueRef issue) {
        if (issue.state() == IssueState.CLOSED && waiting.contains(ticket.status())
                && (!onlyClosedByPullRequest || issue.closedByMergedPullRequest())
                && ticket.status().canMoveTo(closedStatus)) {
            return closedStatus;
        }
        if (issue.state() == IssueState.OPEN && ticket.status() == closedStatus
                && ticket.status().canMoveTo(reopenedStatus)) {
            return reopenedStatus;
        }
        return null;
    }

    /** Moves the ticket, re-reading it once on a version conflict; false when it no longer needs moving. */
    private boolean move(TicketId id, IssueRef issue, String note) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Ticket current = tickets.get(id).orElseThrow(() -> new IllegalStateException("ticket " + id + " vanished"));
            TicketStatus target = decide(current, issue);
            if (target == null) {
                return false;
            }
            try {
                tickets.changeStatus(id, target, current.version(), note);
                return true;
            } catch (TicketConflictException conflict) {
                // someone changed the ticket meanwhile: read it again and decide again
            }
        }
        throw new IllegalStateException("ticket " + id + " kept changing while roteiro tried to move it; try again");
    }
}
