package br.com.webplanet.roteiro.examples.web;

import java.net.URI;
import java.util.Objects;

/**
 * A task for people as the page shows it.
 *
 * @param id       stable id (for the buttons of a {@link TaskSource} that can change tasks)
 * @param step     the step (or host source, e.g. {@code watch.canary}) that raised it
 * @param title    what to do
 * @param target   on what
 * @param reason   why
 * @param wikiLink how, or null
 * @param assignee who took it, or empty
 * @param ageBusinessDays business days since it was opened, on the day shown (0 = opened that day)
 */
public record TaskItem(String id, String step, String title, String target, String reason, URI wikiLink,
                       String assignee, int ageBusinessDays) {
    public TaskItem {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(title, "title is null");
        step = step == null ? "" : step;
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        assignee = assignee == null ? "" : assignee;
    }
}
