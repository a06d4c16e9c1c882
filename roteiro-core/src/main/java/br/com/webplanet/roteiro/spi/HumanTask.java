package br.com.webplanet.roteiro.spi;

import java.net.URI;
import java.util.Objects;

/**
 * Something a person must still do: what ({@code title}), on what ({@code target}), why
 * ({@code reason}) and the wiki page that tells how ({@code wikiLink}, may be null). pt-BR.
 *
 * <p>The engine keeps it as a {@link br.com.webplanet.roteiro.model.Task} whose id comes from the
 * raising step's id and {@code subject}: raised again on a later run, it is the same task. The
 * subject defaults to the target (the title when there is no target); a step that raises two
 * different tasks about one target gives each its own subject with {@link #about}. A step that
 * checked a subject again and no longer raises its task says so with
 * {@link StepResult.Builder#reexamined(String)} (or {@link StepResult.Builder#reexaminedAll()}),
 * and the engine closes the task with that reason.
 *
 * @param subject what the task is about, as the step keys it (e.g. a romaneio number, a Message-ID)
 */
public record HumanTask(String title, String target, String reason, URI wikiLink, String subject) {
    public HumanTask {
        Objects.requireNonNull(title, "title is null");
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        subject = subject == null || subject.isBlank() ? (target.isBlank() ? title : target) : subject.strip();
    }

    /** A task whose subject is its target (its title when the target is empty). */
    public HumanTask(String title, String target, String reason, URI wikiLink) {
        this(title, target, reason, wikiLink, null);
    }

    /** A task about {@code subject}, which keys it across runs (see the class comment). */
    public static HumanTask about(String subject, String title, String target, String reason, URI wikiLink) {
        Objects.requireNonNull(subject, "subject is null");
        return new HumanTask(title, target, reason, wikiLink, subject);
    }
}
