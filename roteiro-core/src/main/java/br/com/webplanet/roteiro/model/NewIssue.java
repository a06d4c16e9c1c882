package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.Objects;

/**
 * An issue to create. The body must already be redacted; {@code marker} (e.g.
 * {@code <!-- roteiro:ticket=G3-12 -->}) is appended by the tracker so the issue can be found again.
 */
public record NewIssue(String repository, TicketId ticket, String title, String body, List<String> labels,
                       List<String> assignees, String milestone) {
    public NewIssue {
        Checks.requireText(repository, "repository");
        Objects.requireNonNull(ticket, "ticket is null");
        Checks.requireText(title, "title");
        body = body == null ? "" : body;
        labels = Checks.copy(labels);
        assignees = Checks.copy(assignees);
    }
}
