package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.HandoffRef;
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
 * <p>A task about a hand-off document (a mail attachment a step could not use) names its journal record
 * with {@link #withHandoff}: a person discarding the task makes the journal forget the document.
 *
 * @param subject what the task is about, as the step keys it (e.g. a romaneio number, a Message-ID)
 * @param handoff the hand-off record the task is about, or null
 */
public record HumanTask(String title, String target, String reason, URI wikiLink, String subject, HandoffRef handoff) {
    public HumanTask {
        Objects.requireNonNull(title, "title is null");
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        subject = subject == null || subject.isBlank() ? (target.isBlank() ? title : target) : subject.strip();
    }

    /** A task about {@code subject} (see the class comment), about no hand-off record. */
    public HumanTask(String title, String target, String reason, URI wikiLink, String subject) {
        this(title, target, reason, wikiLink, subject, null);
    }

    /** A task whose subject is its target (its title when the target is empty). */
    public HumanTask(String title, String target, String reason, URI wikiLink) {
        this(title, target, reason, wikiLink, null, null);
    }

    /** A task about {@code subject}, which keys it across runs (see the class comment). */
    public static HumanTask about(String subject, String title, String target, String reason, URI wikiLink) {
        Objects.requireNonNull(subject, "subject is null");
        return new HumanTask(title, target, reason, wikiLink, subject);
    }

    /** The same task, about the hand-off record {@code topic}/{@code key} (forgotten when a person discards it). */
    public HumanTask withHandoff(String topic, String key) {
        return new HumanTask(title, target, reason, wikiLink, subject, new HandoffRef(topic, key));
    }
}
