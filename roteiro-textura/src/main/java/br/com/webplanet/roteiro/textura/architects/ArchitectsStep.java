package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.Handoffs;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 3, {@code textura.architects}: keeps client Textura's architects registry in line with the
 * team's spreadsheet. Reads the configured files and the spreadsheets routed from mail, rejects the
 * rows that fail validation (each with file, line, column and reason), diffs the rest against the
 * registry and applies creates and updates through the journal, so a re-run changes nothing.
 */
public final class ArchitectsStep implements ChecklistStep {
    public static final String ID = "textura.architects";
    /** This step as listed while the textura module is not configured (with the default wiki link). */
    static final StepDescriptor UNCONFIGURED = new StepDescriptor(ID, Messages.localized("architects.title"),
            ArchitectsConfig.DEFAULT_WIKI, Set.of(), RoutineOrder.TEXTURA_ARCHITECTS, null);
    static final String DOC_PREFIX = "arch-doc:";
    private static final Logger LOG = LoggerFactory.getLogger(ArchitectsStep.class);

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
        this.reader = new ArchitectSourceReader(config.headerAliases(), config.limits());
    }

    @Override
    public StepDescriptor descriptor() {
        return new StepDescriptor(ID, Messages.localized("architects.title"), config.wikiLink(), Set.of(),
                RoutineOrder.TEXTURA_ARCHITECTS, null);
    }

    @Override
    public StepResult execute(StepContext context) {
        ArchitectsRun run = new ArchitectsRun(config, registry, context, loadRegistry());
        for (Path path : config.sources()) {
            String file = path.getFileName().toString();
            String subject = ArchitectsRun.fileSubject(file);
            run.reexamined.add(subject);
            try {
                reader.read(file, null, Files.newInputStream(path), run::row, r -> run.rejectFile(r, subject, null));
            } catch (IOException e) {
                run.rejectFile(new RejectedRow(path.toString(), 0, "",
                        Messages.localized("architects.unreadable", e.toString())), subject, null);
            }
        }
        if (config.mailAttachments()) {
            Map<String, HandoffDocument> inbox = context.journal().records(Handoffs.ARCHITECT_INBOX, HandoffDocument.class);
            inbox.values().stream().filter(d -> context.journal().state(DOC_PREFIX + d.id()) != Journal.EffectState.DONE)
                    .forEach(d -> {
                        run.document = d.id();
                        run.documents.add(d.id());
                        run.reexamined.add(ArchitectsRun.mailSubject(d.id()));
                        reader.read(d.fileName(), d.contentType(), new ByteArrayInputStream(d.content()), run::row,
                                r -> run.rejectFile(r, ArchitectsRun.mailSubject(d.id()), d.id()));
                    });
            run.document = null;
        }
        if (config.reportMissing() && !config.sources().isEmpty()) {   // a mail attachment is never the whole list
            run.registered.keySet().forEach(cau -> run.reexamined.add("missing:" + cau));
            run.registered.values().stream().filter(a -> !run.mentioned.contains(a.cau())).forEach(a ->
                    run.diff.add(new ArchitectChange(ArchitectChange.Kind.MISSING, a.cau(), a.name(), "", List.of())));
        }
        StepResult result = run.finish();
        LOG.info("{}", result.summary());
        return result;
    }

    private Map<String, Architect> loadRegistry() {
        Map<String, Architect> registered = new LinkedHashMap<>();
        try (Stream<Architect> all = registry.all()) {
            all.forEach(a -> registered.put(a.cau(), a));
        }
        return registered;
    }
}
