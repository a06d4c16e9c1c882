package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.engine.Tasks;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskId;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The routine's tasks ({@code Roteiro.tasks()}) on the page: the open ones with their age in business
 * days and assignee, and the changes a person makes (done with an optional note, discard with a
 * required note, assign). Two people closing one task at once: the second is told who closed it.
 */
public final class RoteiroTaskSource implements TaskSource {
    static final String DONE = "feita";
    static final String DISCARD = "descartar";
    static final String ASSIGN = "atribuir";
    private final Tasks tasks;
    private final ZoneId zone;

    public RoteiroTaskSource(Tasks tasks, ZoneId zone) {
        this.tasks = Objects.requireNonNull(tasks, "tasks is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    @Override
    public List<TaskItem> open(Day day) {
        return tasks.open().stream().filter(task -> !task.openedOn().isAfter(day.date()))
                .map(task -> new TaskItem(task.id().value(), task.stepId(), task.title(), task.target(),
                        task.reason(), task.wikiLink(), task.assignee(), tasks.ageInBusinessDays(task, day.date())))
                .toList();
    }

    @Override
    public boolean canChange() {
        return true;
    }

    @Override
    public Outcome change(String taskId, String action, String argument, String who, Locale locale) {
        Map<String, String> t = WebText.labels(locale);
        TaskId id;
        try {
            id = TaskId.parse(taskId);
        } catch (IllegalArgumentException e) {
            return new Outcome(404, t.get("taskNotFound"));
        }
        String text = argument == null ? "" : argument.strip();
        TaskChange change;
        switch (action) {
            case DONE -> change = tasks.done(id, who, text.isEmpty() ? null : text);
            case DISCARD -> {
                if (text.isEmpty()) {
                    return new Outcome(400, t.get("discardNeedsNote"));
                }
                change = tasks.discard(id, who, text);
            }
            case ASSIGN -> change = tasks.assign(id, text, who);
            default -> {
                return new Outcome(404, t.get("notFound"));
            }
        }
        return switch (change.outcome()) {
            case CHANGED -> new Outcome(200, t.get("changed"));
            case NOT_FOUND -> new Outcome(404, t.get("taskNotFound"));
            case DRY_RUN -> new Outcome(409, t.get("taskDryRun"));
            case ALREADY_CLOSED -> new Outcome(409, alreadyClosed(change.task(), locale, t));
        };
    }

    @Override
    public Optional<Task> find(String taskId) {
        try {
            return tasks.find(TaskId.parse(taskId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String alreadyClosed(Task task, Locale locale, Map<String, String> t) {
        String when = task.closedAt() == null ? ""
                : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone).format(task.closedAt());
        String by = task.closedBy() == null ? "?" : task.closedBy();
        return new MessageFormat(t.get("taskAlreadyClosed"), locale).format(new Object[] {task.id().value(),
                task.state().label().in(locale), by, when});
    }
}
