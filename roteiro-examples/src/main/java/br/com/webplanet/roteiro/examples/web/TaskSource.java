package br.com.webplanet.roteiro.examples.web;

import java.util.List;
import java.util.Locale;

/**
 * The tasks section of Hoje. Today {@link DayTaskSource} lists the human tasks of the day's latest
 * step reports, read-only; the task store of the tasks work (done / assign / dismiss, with a note)
 * implements this and answers {@link #canChange()} true, and the page shows its buttons.
 */
public interface TaskSource {
    /** Open tasks of {@code day}, oldest first. */
    List<TaskItem> open(Day day, Locale locale);

    /** Whether {@link #change} works (the page then shows done / assign / dismiss). */
    default boolean canChange() {
        return false;
    }

    /**
     * Applies a person's change to a task ({@code action}: {@code feita}, {@code descartar},
     * {@code atribuir}) and says what happened, in the page's language.
     *
     * @throws UnsupportedOperationException when {@link #canChange()} is false
     */
    default String change(String taskId, String action, String argument, String who, Locale locale) {
        throw new UnsupportedOperationException("these tasks are read-only");
    }
}
