package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.model.Task;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tasks the page shows and changes. {@link RoteiroTaskSource} is the routine's task store
 * ({@code Roteiro.tasks()}): done / assign / discard, each kept in the task's history with who made it.
 */
public interface TaskSource {
    /** Open tasks as of {@code day}, oldest first, with their age on that day. */
    List<TaskItem> open(Day day);

    /** Whether {@link #change} works (the page then shows done / assign / discard). */
    default boolean canChange() {
        return false;
    }

    /**
     * Applies a person's change to a task ({@code action}: {@code feita}, {@code descartar},
     * {@code atribuir}; {@code argument}: the note, or the person to assign) and says what happened,
     * in the page's language. Only called when {@link #canChange()} is true.
     */
    Outcome change(String taskId, String action, String argument, String who, Locale locale);

    /** One task with its history. */
    Optional<Task> find(String taskId);

    /**
     * What a change did: {@code status} is the HTTP answer (200 changed; 400 refused as asked, e.g. a
     * discard without a note; 404 unknown task or action; 409 already closed or dry-run).
     */
    record Outcome(int status, String message) {
        public boolean changed() {
            return status == 200;
        }
    }
}
