package br.com.webplanet.roteiro.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An issue in the issue tracker linked to a ticket.
 *
 * @param repository  {@code owner/name}
 * @param number      issue number
 * @param url         browser URL
 * @param state       open or closed
 * @param ticket      the ticket its hidden marker names, or null
 * @param updatedAt   last update
 * @param closedByMergedPullRequest true when closed by a merged pull request
 */
public record IssueRef(String repository, int number, URI url, IssueState state, TicketId ticket, Instant updatedAt,
                       boolean closedByMergedPullRequest) {
    public IssueRef {
        Checks.requireText(repository, "repository");
        if (number <= 0) {
            throw new IllegalArgumentException("issue number must be > 0, was " + number);
        }
        Objects.requireNonNull(url, "url is null");
        Objects.requireNonNull(state, "state is null");
    }
}
