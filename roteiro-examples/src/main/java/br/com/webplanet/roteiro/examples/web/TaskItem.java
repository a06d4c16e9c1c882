package br.com.webplanet.roteiro.examples.web;

import java.net.URI;
import java.util.Objects;

/**
 * A task for people as the page shows it.
 *
 * @param id       stable id (for the buttons of a {@link TaskSource} that can change tasks)
 * @param step     title of the step that raised it
 * @param title    what to do
 * @param target   on what
 * @param reason   why
 * @param wikiLink how, or null
 * @param assignee who took it, or empty
 * @param age      how old, as shown (e.g. "2 dias úteis"), or empty
 */
public record TaskItem(String id, String step, String title, String target, String reason, URI wikiLink,
                       String assignee, String age) {
    public TaskItem {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(title, "title is null");
        step = step == null ? "" : step;
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        assignee = assignee == null ? "" : assignee;
        age = age == null ? "" : age;
    }
}
