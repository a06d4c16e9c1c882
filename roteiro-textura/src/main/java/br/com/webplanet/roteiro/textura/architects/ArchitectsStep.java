package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.ArchitectsConfig;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.TexturaConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Step 3, {@code textura.architects}: keeps client Textura's architects registry in line with the
 * team's spreadsheet. Reads the configured files and the spreadsheets routed from mail, rejects the
 * rows that fail validation (each with file, line, column and reason), diffs the rest against the
 * registry and applies creates and updates through the journal, so a re-run changes nothing.
 */
public final class ArchitectsStep implements ChecklistStep {
    public static final String ID = "textura.architects";
    static final String DOC_PREFIX = "arch-doc:";

    private final ArchitectsConfig config;
    private final ArchitectRegistry registry;
    private final ArchitectSourceReader reader;

    @Inject
    public ArchitectsStep(TexturaConfig config, ArchitectRegistry registry) {
        this(Objects.requireNonNull(config, "config is null").architects(), registry);
    }

    public ArchitectsStep(ArchitectsConfig config, ArchitectRegistry registry) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.reader = new ArchitectSourceReader(config.headerAliases());
    }

    @Override
    public StepDescriptor descriptor() {
        return new StepDescriptor(ID, Messages.localized("architects.title"), config.wikiLink(), Set.of(),
                RoutineOrder.TEXTURA_ARCHITECTS, null);
    }

    @Override
    public StepResult execute(StepContext context) {
        Run run = new Run(context, loadRegistry());
        for (Path path : config.sources()) {
            try {
                reader.read(path.getFileName().toString(), null, Files.newInputStream(path), run::row, run.rejected::add);
            } catch (IOException e) {
                run.rejected.add(new RejectedRow(path.toString(), 0, "", Messages.localized("architects.unreadable", e.toString())));
            }
        }
        if (config.mailAttachments()) {
            Map<String, HandoffDocument> inbox = context.journal().records(Handoffs.ARCHITECT_INBOX, HandoffDocument.class);
            inbox.values().stream().filter(d -> context.journal().state(DOC_PREFIX + d.id()) != Journal.EffectState.DONE)
                    .forEach(d -> {
                        run.document = d.id();
                        run.documents.add(d.id());
                        reader.read(d.fileName(), d.contentType(), new ByteArrayInputStream(d.content()), run::row,
                                run.rejected::add);
                    });
            run.document = null;
        }
        if (config.reportMissing()) {
            run.registered.values().stream().filter(a -> !run.seen.containsKey(a.cau())).forEach(a ->
                    run.diff.add(new ArchitectChange(ArchitectChange.Kind.MISSING, a.cau(), a.name(), "", List.of())));
        }
        return run.finish();
    }

    private Map<String, Architect> loadRegistry() {
        Map<String, Architect> registered = new LinkedHashMap<>();
        try (Stream<Architect> all = registry.all()) {
            all.forEach(a -> registered.put(a.cau(), a));
        }
        return registered;
    }

    /** One planned effect: register or update {@code target}. */
    private record Apply(ArchitectChange change, Architect before, Architect target, String document) {}

    /** The state of one execution. */
    private final class Run {
        final StepContext context;
        final Locale locale;
        final Map<String, Architect> registered;
        final Map<String, String> seen = new LinkedHashMap<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<ArchitectChange> diff = new ArrayList<>();
        final List<Apply> applies = new ArrayList<>();
        final List<String> documents = new ArrayList<>();
        final List<String> settle = new ArrayList<>();
        final ArchitectValidator validator = new ArchitectValidator();
        String document;
        long rows;
        long unchanged;

        Run(StepContext context, Map<String, Architect> registered) {
            this.context = context;
            this.locale = context.locale();
            this.registered = registered;
        }

        void row(ArchitectRow row) {
            rows++;
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
            StepResult.Builder result = StepResult.builder();
            Set<String> failedDocuments = new HashSet<>();
            for (Apply apply : applies) {
                if (!apply(apply, result)) {
                    failedDocuments.add(apply.document());
                }
            }
            if (!context.dryRun()) {
                settlePendingCreates();
                documents.stream().filter(d -> !failedDocuments.contains(d))
                        .forEach(d -> context.journal().once(DOC_PREFIX + d, String.class, () -> context.runId()));
                for (RejectedRow r : rejected) {
                    result.humanTask(new HumanTask(Messages.text(locale, "architects.task.rejected"),
                            Messages.text(locale, "architects.task.target", r.file(), r.line(), r.column()),
                            r.reason().in(locale), config.wikiLink()));
                }
                result.detail("rejected", List.copyOf(rejected));
            }
            long created = diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.NEW).count();
            long changed = diff.stream().filter(c -> c.kind() == ArchitectChange.Kind.CHANGED).count();
            long missing = diff.size() - created - changed;
            result.count("rows", rows).count("new", created).count("changed", changed).count("unchanged", unchanged)
                    .count("missing", missing).count("rejected", rejected.size());
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
                    apply.target().name(), cau, apply.change().changes().stream().map(FieldChange::field).toList());
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
    }
}
