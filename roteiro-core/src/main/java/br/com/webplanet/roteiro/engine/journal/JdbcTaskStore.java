package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.model.HandoffRef;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.JournalKeys;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TaskStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tasks in the journal's {@code journal_task} and {@code journal_task_event} tables (H2 or
 * PostgreSQL). Each change is one transaction; a close is {@code UPDATE … WHERE state = 'OPEN'}, so of
 * two runners closing one task at once exactly one changes the row.
 */
public final class JdbcTaskStore implements TaskStore {
    private static final String COLUMNS = "task_id, step_id, subject, title, target, reason, wiki_link, state,"
            + " opened_on, opened_at, last_seen_at, assignee, closed_by, closed_at, closed_on, close_note,"
            + " handoff_topic, handoff_key";
    private final Database database;

    JdbcTaskStore(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    @Override
    public List<Task> raise(String stepId, List<HumanTask> raised, LocalDate day, Instant at) {
        Objects.requireNonNull(stepId, "stepId is null");
        List<Task> out = new ArrayList<>();
        for (HumanTask h : raised) {
            TaskId id = TaskId.of(stepId, h.subject());
            out.add(database.inTransaction(c -> raiseOne(c, id, stepId, h, day, at)));
        }
        return out;
    }

    private Task raiseOne(Connection c, TaskId id, String stepId, HumanTask h, LocalDate day, Instant at)
            throws SQLException {
        Optional<Task> existing = select(c, id, true);
        if (existing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_task (task_id, step_id, subject, title,"
                    + " target, reason, wiki_link, state, opened_on, opened_at, last_seen_at, handoff_topic, handoff_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)")) {
                ps.setString(1, id.value());
                ps.setString(2, stepId);
                ps.setString(3, h.subject());
                ps.setString(4, h.title());
                ps.setString(5, h.target());
                ps.setString(6, h.reason());
                ps.setString(7, h.wikiLink() == null ? null : h.wikiLink().toString());
                ps.setObject(8, day);
                ps.setObject(9, ts(at));
                ps.setObject(10, ts(at));
                ps.setString(11, h.handoff() == null ? null : JournalKeys.storedTopic(h.handoff().topic()));
                ps.setString(12, h.handoff() == null ? null : JournalKeys.stored(h.handoff().key()));
                ps.executeUpdate();
            }
            event(c, id, at, TaskEvent.Kind.OPENED, Task.ROTEIRO, h.reason());
            return select(c, id, false).orElseThrow();
        }
        boolean reopen = existing.get().state() == TaskState.DONE;
        String sql = "UPDATE journal_task SET title = ?, target = ?, reason = ?, wiki_link = ?, last_seen_at = ?,"
                + " handoff_topic = COALESCE(?, handoff_topic), handoff_key = COALESCE(?, handoff_key)"
                + (reopen ? ", state = 'OPEN', closed_by = NULL, closed_at = NULL, closed_on = NULL, close_note = NULL" : "")
                + " WHERE task_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, h.title());
            ps.setString(2, h.target());
            ps.setString(3, h.reason());
            ps.setString(4, h.wikiLink() == null ? null : h.wikiLink().toString());
            ps.setObject(5, ts(at));
            ps.setString(6, h.handoff() == null ? null : JournalKeys.storedTopic(h.handoff().topic()));
            ps.setString(7, h.handoff() == null ? null : JournalKeys.stored(h.handoff().key()));
            ps.setString(8, id.value());
            ps.executeUpdate();
        }
        if (reopen) {
            event(c, id, at, TaskEvent.Kind.REOPENED, Task.ROTEIRO, h.reason());
        }
        return select(c, id, false).orElseThrow();
    }

    @Override
    public List<Task> resolve(String stepId, StepResult.Reexamined scope, Set<TaskId> raisedNow, LocalDate day,
                              Instant at, String reason) {
        if (!scope.all() && scope.subjects().isEmpty()) {
            return List.of();
        }
        List<Task> candidates = database.inTransaction(c -> query(c,
                "SELECT " + COLUMNS + " FROM journal_task WHERE step_id = ? AND state = 'OPEN' ORDER BY opened_at",
                ps -> ps.setString(1, stepId)));
        List<Task> closed = new ArrayList<>();
        for (Task t : candidates) {
            if (scope.covers(t.subject()) && !raisedNow.contains(t.id())) {
                TaskChange change = close(t.id(), TaskState.DONE, Task.ROTEIRO, reason, day, at);
                if (change.changed()) {
                    closed.add(change.task());
                }
            }
        }
        return closed;
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return database.inTransaction(c -> select(c, id, false).map(t -> {
            try {
                return t.withHistory(history(c, id));
            } catch (SQLException e) {
                throw new JournalException("journal database error reading task " + id + ": " + e.getMessage(), e);
            }
        }));
    }

    @Override
    public List<Task> list(boolean includeClosed) {
        return database.inTransaction(c -> {
            List<Task> out = new ArrayList<>(query(c, "SELECT " + COLUMNS
                    + " FROM journal_task WHERE state = 'OPEN' ORDER BY opened_at, task_id", ps -> { }));
            if (includeClosed) {
                out.addAll(query(c, "SELECT " + COLUMNS + " FROM journal_task WHERE state <> 'OPEN'"
                        + " ORDER BY closed_at DESC, task_id", ps -> { }));
            }
            return out;
        });
    }

    @Override
    public List<Task> closedOn(LocalDate day) {
        return database.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM journal_task WHERE state <> 'OPEN'"
                + " AND closed_on = ? ORDER BY closed_at DESC, task_id", ps -> ps.setObject(1, day)));
    }

    @Override
    public TaskChange close(TaskId id, TaskState to, String by, String note, LocalDate day, Instant at) {
        if (to == TaskState.OPEN) {
            throw new IllegalArgumentException("close to DONE or DISCARDED, not OPEN");
        }
        Objects.requireNonNull(by, "by is null");
        return database.inTransaction(c -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal_task SET state = ?, closed_by = ?,"
                    + " closed_at = ?, closed_on = ?, close_note = ? WHERE task_id = ? AND state = 'OPEN'")) {
                ps.setString(1, to.name());
                ps.setString(2, by);
                ps.setObject(3, ts(at));
                ps.setObject(4, day);
                ps.setString(5, note == null ? "" : note);
                ps.setString(6, id.value());
                changed = ps.executeUpdate();
            }
            if (changed == 1) {
                event(c, id, at, to == TaskState.DONE && Task.ROTEIRO.equals(by) ? TaskEvent.Kind.RESOLVED
                        : to == TaskState.DONE ? TaskEvent.Kind.DONE : TaskEvent.Kind.DISCARDED, by, note);
            }
            Optional<Task> now = select(c, id, false);
            if (now.isEmpty()) {
                return new TaskChange(TaskChange.Outcome.NOT_FOUND, null);
            }
            return new TaskChange(changed == 1 ? TaskChange.Outcome.CHANGED : TaskChange.Outcome.ALREADY_CLOSED,
                    now.get());
        });
    }

    @Override
    public TaskChange assign(TaskId id, String person, String by, Instant at) {
        String who = person == null || person.isBlank() ? null : person.strip();
        return database.inTransaction(c -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE journal_task SET assignee = ? WHERE task_id = ? AND state = 'OPEN'")) {
                ps.setString(1, who);
                ps.setString(2, id.value());
                changed = ps.executeUpdate();
            }
            if (changed == 1) {
                event(c, id, at, TaskEvent.Kind.ASSIGNED, by, who == null ? "" : who);
            }
            Optional<Task> now = select(c, id, false);
            if (now.isEmpty()) {
                return new TaskChange(TaskChange.Outcome.NOT_FOUND, null);
            }
            return new TaskChange(changed == 1 ? TaskChange.Outcome.CHANGED : TaskChange.Outcome.ALREADY_CLOSED,
                    now.get());
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<Task> query(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Task> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(task(rs));
                }
                return out;
            }
        }
    }

    private static Optional<Task> select(Connection c, TaskId id, boolean forUpdate) throws SQLException {
        List<Task> found = query(c, "SELECT " + COLUMNS + " FROM journal_task WHERE task_id = ?"
                + (forUpdate ? " FOR UPDATE" : ""), ps -> ps.setString(1, id.value()));
        return found.stream().findFirst();
    }

    private static Task task(ResultSet rs) throws SQLException {
        String wiki = rs.getString(7);
        return new Task(new TaskId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), wiki == null ? null : URI.create(wiki),
                TaskState.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), instant(rs, 10),
                instant(rs, 11), rs.getString(12), rs.getString(13), instant(rs, 14),
                rs.getObject(15, LocalDate.class), rs.getString(16), List.of(),
                rs.getString(17) == null || rs.getString(18) == null ? null
                        : new HandoffRef(rs.getString(17), rs.getString(18)));
    }

    private static List<TaskEvent> history(Connection c, TaskId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_at, kind, actor, note FROM journal_task_event"
                + " WHERE task_id = ? ORDER BY event_id")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                List<TaskEvent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new TaskEvent(instant(rs, 1), TaskEvent.Kind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4)));
                }
                return out;
            }
        }
    }

    private static void event(Connection c, TaskId id, Instant at, TaskEvent.Kind kind, String actor, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO journal_task_event (task_id, event_at, kind, actor, note) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id.value());
            ps.setObject(2, ts(at));
            ps.setString(3, kind.name());
            ps.setString(4, actor);
            ps.setString(5, note == null ? "" : note);
            ps.executeUpdate();
        }
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
