package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.ArchitectsConfig;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One execution of {@link ArchitectsStep}: collects the rows' diff and rejections, then applies
 * creates and updates through the journal and builds the report.
 */
final class ArchitectsRun {
    private final ArchitectsConfig config;
    private final ArchitectRegistry registry;
    final StepContext context;
    final Locale locale;
    final Map<String, Architect> registered;
    final Map<String, String> seen = new LinkedHashMap<>();
    /** Every CAU a source row names, valid or not: a rejected row is not "missing from the sources". */
    final java.util.Set<String> mentioned = new java.util.HashSet<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<ArchitectChange> diff = new ArrayList<>();
    final List<Apply> applies = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
    final List<String> settle = new ArrayList<>();
    final ArchitectValidator validator = new ArchitectValidator();
    /** What each rejection's task is about (a row's CAU or identity); rejections not here are about their whole file. */
    private final Map<RejectedRow, String> subjects = new java.util.IdentityHashMap<>();
    /** Hand-off record (mail attachment id) of a rejection about a whole attachment. */
    private final Map<RejectedRow, String> handoffs = new java.util.IdentityHashMap<>();
    /** Task subjects this run looked at again: the rows it read, the files it read. */
    final Set<String> reexamined = new java.util.LinkedHashSet<>();
    String document;
    long rows;
    long unchanged;

    ArchitectsRun(ArchitectsConfig config, ArchitectRegistry registry, StepContext context,
                  Map<String, Architect> registered) {
        this.config = config;
        this.registry = registry;
        this.context = context;
        this.locale = context.locale();
        this.registered = registered;
    }

    /**
     * A task about a row is keyed by {@code cau:<CAU>} when its CAU is well-formed, else by the row's
     * file and name ({@code row:<file>:<name>}, its line when it has no name either): stable when rows
     * are added above it, and when its CAU gets fixed the row's identity by name is looked at again.
     */
    static String cauSubject(String cau) {
        return "cau:" + cau;
    }

    static String fileSubject(String file) {
        return "file:" + file;
    }

    private static String rowSubject(ArchitectRow row) {
        String name = Values.normalize(row.value(ArchitectField.NAME));
        return "row:" + row.file() + ":" + (name.isEmpty() ? "#" + row.line() : name);
    }

    /** A rejection about a whole file ({@code subject}: {@link #fileSubject} or {@link #mailSubject}) (unreadable, beyond a limit, header without a required column). */
    void rejectFile(RejectedRow r, String subject, String handoffId) {
        rejected.add(r);
        subjects.put(r, subject);
        if (handoffId != null) {
            handoffs.put(r, handoffId);
        }
    }

    /** A mail attachment as a whole: by its hand-off id (two attachments may share a file name). */
    static String mailSubject(String handoffId) {
        return "mail:" + handoffId;
    }

    void row(ArchitectRow row) {
        rows++;
        context.progress().advance(1);
        String cau = ArchitectValidator.cau(row.value(ArchitectField.CAU));
        mentioned.add(cau);
        boolean wellFormed = Architect.CAU.matcher(cau).matches();
        String subject = wellFormed ? cauSubject(cau) : rowSubject(row);
        if (wellFormed) {
            reexamined.add(cauSubject(cau));
        }
        reexamined.add(rowSubject(row));
        ArchitectValidator.Result result = validator.validate(row);
        if (!result.valid()) {
            result.rejected().forEach(r -> subjects.put(r, subject));
            rejected.addAll(result.rejected());
            return;
        }
        Architect source = result.architect();
        String where = row.file() + ":" + row.line();
        String first = seen.putIfAbsent(source.cau(), where);
        if (first != null) {
            RejectedRow duplicate = new RejectedRow(row.file(), row.line(), row.column(ArchitectField.CAU),
                    Messages.localized("architects.duplicate", source.cau(), first));
            subjects.put(duplicate, subject);
            rejected.add(duplicate);
            return;
        }
        Architect before = registered.get(source.cau());
        if (before == null) {
            add(new ArchitectChange(ArchitectChange.Kind.NEW, source.cau(), source.name(), where,
                    ArchitectDiff.changes(null, source)), null, source);
            return;
        }
        Architect target = ArchitectDiff.merge(before, source, config.blankClears());
        if (target.equals(before)) {
            unchanged++;
            settle.add(target.cau());
        } else {
            add(new ArchitectChange(ArchitectChange.Kind.CHANGED, source.cau(), source.name(), where,
                    ArchitectDiff.changes(before, target)), before, target);
        }
    }

    private void add(ArchitectChange change, Architect before, Architect target) {
        diff.add(change);
        applies.add(new Apply(change, before, target, document));
    }

    StepResult finish() {
        long created = diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.NEW).count();
        long changed = diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.CHANGED).count();
        long missing = diff.size() - created - changed;
        StepResult.Builder result = StepResult.builder().count("rows", rows).count("new", created)
                .count("changed", changed).count("unchanged", unchanged).count("missing", missing)
                .count("rejected", rejected.size()).count("created", 0).count("updated", 0);
        Set<String> failedDocuments = new HashSet<>();
        for (Apply apply : applies) {
            if (!apply(apply, result)) {
                failedDocuments.add(apply.document());
            }
        }
        if (!context.dryRun()) {
            settlePendingCreates();
            documents.stream().filter(d -> !failedDocuments.contains(d))
                    .forEach(d -> context.journal().once(ArchitectsStep.DOC_PREFIX + d, String.class, () -> context.runId()));
            rejectionTasks(result);
            result.detail("rejected", List.copyOf(rejected));
            diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.MISSING).forEach(c -> result.humanTask(
                    HumanTask.about("missing:" + c.cau(), Messages.text(locale, "architects.task.missing"),
                            c.name() + " (" + c.cau() + ")", Messages.text(locale, "architects.missing"),
                            config.wikiLink())));
        }
        reexamined.forEach(result::reexamined);
        result.detail("diff", List.copyOf(diff));
        return result.summary(Messages.text(locale, "architects.summary", created, changed, unchanged, missing,
                rejected.size())).build();
    }

    /** One task per row (its problems together) or per file, keyed as {@link #cauSubject} says. */
    private void rejectionTasks(StepResult.Builder result) {
        Map<String, List<RejectedRow>> bySubject = new LinkedHashMap<>();
        for (RejectedRow r : rejected) {
            bySubject.computeIfAbsent(subjects.getOrDefault(r, fileSubject(r.file())), k -> new ArrayList<>()).add(r);
        }
        bySubject.forEach((subject, rows) -> {
            RejectedRow first = rows.get(0);
            String columns = rows.stream().map(RejectedRow::column).filter(c -> !c.isEmpty()).distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
            String reasons = rows.stream().map(r -> r.reason().in(locale)).distinct()
                    .collect(java.util.stream.Collectors.joining("; "));
            HumanTask task = HumanTask.about(subject, Messages.text(locale, "architects.task.rejected"),
                    Messages.text(locale, "architects.task.target", first.file(), first.line(), columns), reasons,
                    config.wikiLink());
            String handoff = rows.stream().map(handoffs::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            result.humanTask(handoff == null ? task : task.withHandoff(Handoffs.ARCHITECT_INBOX, handoff));
        });
    }

    /**
     * A create a crashed run left pending, for an architect the registry now holds unchanged:
     * record what the registry has, so the journal agrees with it.
     */
    private void settlePendingCreates() {
        for (String cau : settle) {
            String key = "arch:" + cau;
            if (context.journal().state(key) == Journal.EffectState.PENDING) {
                context.journal().once(key, Architect.class, () -> Optional.ofNullable(registered.get(cau)),
                        () -> registered.get(cau));
            }
        }
    }

    private boolean apply(Apply apply, StepResult.Builder result) {
        String cau = apply.target().cau();
        boolean create = apply.before() == null;
        String key = create ? "arch:" + cau : "arch:" + cau + ":" + ArchitectDiff.fingerprint(apply.before(), apply.target());
        String kind = create ? "textura.architect.create" : "textura.architect.update";
        String description = Messages.text(locale, create ? "architects.action.create" : "architects.action.update",
                apply.target().name(), cau, describe(apply.change().changes(), create));
        if (context.dryRun()) {
            result.action(ActionRecord.planned(kind, cau, description, key));
            return true;
        }
        try {
            if (create) {
                context.journal().once(key, Architect.class, () -> registry.find(cau),
                        () -> registry.create(apply.target(), key));
            } else {
                context.journal().once(key, Architect.class,
                        () -> registry.find(cau).filter(apply.target()::equals), () -> registry.update(apply.target()));
            }
            result.action(ActionRecord.done(kind, cau, description, key)).increment(create ? "created" : "updated");
            return true;
        } catch (RuntimeException e) {
            result.humanTask(HumanTask.about(cauSubject(cau), Messages.text(locale, "architects.task.failed"), cau,
                    String.valueOf(e.getMessage()), config.wikiLink())).itemFailed().increment("failed");
            return false;
        }
    }

    /** The fields as the report shows them: {@code e-mail: a@x → b@x; escritório: (vazio) → Estúdio}, or just the values of a new one. */
    private String describe(List<FieldChange> changes, boolean create) {
        return changes.stream().map(c -> create
                        ? Messages.text(locale, "architects.value", Messages.text(locale, "field." + c.field()), show(c.after()))
                        : Messages.text(locale, "architects.change", Messages.text(locale, "field." + c.field()),
                                show(c.before()), show(c.after())))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private String show(String value) {
        return value == null ? Messages.text(locale, "architects.empty") : value.replaceAll("\\s*\\R\\s*", " ");
    }

    /** One planned effect: register or update {@code target}. */
    record Apply(ArchitectChange change, Architect before, Architect target, String document) {}
}
