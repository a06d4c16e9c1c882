package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.ArchitectsConfig;
import br.com.webplanet.roteiro.textura.Messages;
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

    void row(ArchitectRow row) {
        rows++;
        context.progress().advance(1);
        mentioned.add(ArchitectValidator.cau(row.value(ArchitectField.CAU)));
        ArchitectValidator.Result result = validator.validate(row);
        if (!result.valid()) {
            rejected.addAll(result.rejected());
            return;
        }
        Architect source = result.architect();
        String where = row.file() + ":" + row.line();
        String first = seen.putIfAbsent(source.cau(), where);
        if (first != null) {
            rejected.add(new RejectedRow(row.file(), row.line(), row.column(ArchitectField.CAU),
                    Messages.localized("architects.duplicate", source.cau(), first)));
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
            for (RejectedRow r : rejected) {
                result.humanTask(new HumanTask(Messages.text(locale, "architects.task.rejected"),
                        Messages.text(locale, "architects.task.target", r.file(), r.line(), r.column()),
                        r.reason().in(locale), config.wikiLink()));
            }
            result.detail("rejected", List.copyOf(rejected));
            diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.MISSING).forEach(c -> result.humanTask(
                    new HumanTask(Messages.text(locale, "architects.task.missing"), c.name() + " (" + c.cau() + ")",
                            Messages.text(locale, "architects.missing"), config.wikiLink())));
        }
        result.detail("diff", List.copyOf(diff));
        return result.summary(Messages.text(locale, "architects.summary", created, changed, unchanged, missing,
                rejected.size())).build();
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
            result.humanTask(new HumanTask(Messages.text(locale, "architects.task.failed"), cau,
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
