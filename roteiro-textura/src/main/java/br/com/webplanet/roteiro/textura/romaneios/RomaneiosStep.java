package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import br.com.webplanet.roteiro.textura.TexturaConfig;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 5, {@code textura.romaneios}: keys client Textura's pending romaneios into G3stor. Reads the
 * drop folder, the attachments routed from mail and G3stor's pending documents with the bound
 * {@link RomaneioParser}s, validates each romaneio, keys each valid one once (journal key
 * {@code rom:<issuer>/<number>/<series>}) and retires a document only when all of its romaneios
 * are keyed. Everything else becomes a human task with its reason.
 */
public final class RomaneiosStep implements ChecklistStep {
    public static final String ID = "textura.romaneios";

    private final RomaneiosConfig config;
    private final RomaneioBook book;
    private final List<RomaneioParser> parsers;
    private final RomaneioValidator validator;

    @Inject
    public RomaneiosStep(TexturaConfig config, RomaneioBook book, Set<RomaneioParser> parsers) {
        this(Objects.requireNonNull(config, "config is null").romaneios(), book, parsers);
    }

    public RomaneiosStep(RomaneiosConfig config, RomaneioBook book, Set<RomaneioParser> parsers) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.book = Objects.requireNonNull(book, "book is null");
        this.parsers = Objects.requireNonNull(parsers, "parsers is null").stream()
                .sorted(Comparator.comparingInt(RomaneioParser::priority).reversed().thenComparing(RomaneioParser::name))
                .toList();
        this.validator = new RomaneioValidator(config.weightTolerancePercent());
    }

    /** The built-in parsers: NF-e XML, XLSX and CSV. */
    public static Set<RomaneioParser> builtInParsers() {
        return Set.of(new NfeRomaneioParser(), new XlsxRomaneioParser(), new CsvRomaneioParser());
    }

    @Override
    public StepDescriptor descriptor() {
        return new StepDescriptor(ID, Messages.localized("romaneios.title"), config.wikiLink(), Set.of(),
                RoutineOrder.TEXTURA_ROMANEIOS, null);
    }

    @Override
    public StepResult execute(StepContext context) throws IOException {
        StepResult.Builder result = StepResult.builder().count("documents", 0).count("keyed", 0)
                .count("alreadyKeyed", 0).count("attention", 0);
        RomaneioSources sources = new RomaneioSources(config, book, context);
        Set<RomaneioKey> seen = new HashSet<>();
        for (RomaneioSource source : sources.list()) {
            result.increment("documents");
            List<RomaneioKey> keys = read(source, context, result, seen);
            if (keys != null && keys.isEmpty()) {
                task(result, context, "romaneios.task.unreadable", source.label(), Messages.localized("romaneios.empty"));
            } else if (keys != null && !context.dryRun()) {
                try {
                    sources.retire(source, keys.get(0));
                } catch (IOException | RuntimeException e) {
                    task(result, context, "romaneios.task.retire", source.label(), Localized.of(
                            String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
                }
            }
        }
        Locale locale = context.locale();
        return result.summary(Messages.text(locale, "romaneios.summary", result.countOf("keyed"),
                result.countOf("alreadyKeyed"), result.countOf("attention"), result.countOf("documents"))).build();
    }

    /** Reads and keys one document; the keys of its romaneios when all are keyed, null otherwise. */
    private List<RomaneioKey> read(RomaneioSource source, StepContext context, StepResult.Builder result,
                                   Set<RomaneioKey> seen) {
        boolean[] complete = {true};
        List<RomaneioKey> keys = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(source.opener().open())) {
            in.mark(RomaneioParser.SNIFF_BYTES);
            byte[] first = in.readNBytes(RomaneioParser.SNIFF_BYTES);
            in.reset();
            RomaneioParser parser = parsers.stream().filter(p -> p.accepts(source.fileName(), source.contentType(), first))
                    .findFirst().orElse(null);
            if (parser == null) {
                task(result, context, "romaneios.task.unreadable", source.label(),
                        Messages.localized("romaneios.noParser", source.fileName()));
                return null;
            }
            ParseContext parseContext = new ParseContext(source.fileName(), source.label(), config.issuer());
            try (Stream<ParsedRomaneio> parsed = parser.parse(in, parseContext)) {
                parsed.forEach(p -> {
                    context.progress().advance(1);
                    boolean keyed = handle(p, context, result, seen);
                    complete[0] &= keyed;
                    if (keyed && keys.isEmpty()) {
                        keys.add(p.key());
                    }
                });
            }
            return complete[0] ? keys : null;
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            task(result, context, "romaneios.task.unreadable", source.label(),
                    Messages.localized("romaneios.unreadable", message));
            return null;
        }
    }

    /** Keys one romaneio, or says why not; true when it is keyed (now or by an earlier run). */
    private boolean handle(ParsedRomaneio parsed, StepContext context, StepResult.Builder result, Set<RomaneioKey> seen) {
        String target = Messages.text(context.locale(), "romaneios.task.target", parsed.label(), parsed.source(),
                parsed.lines());
        if (!parsed.valid()) {
            return task(result, context, "romaneios.task.invalid", target, join(parsed.problems()));
        }
        Romaneio romaneio = parsed.romaneio();
        RomaneioKey key = romaneio.key();
        String journalKey = "rom:" + key.asKey();
        if (!seen.add(key)) {
            return task(result, context, "romaneios.task.invalid", target,
                    Messages.localized("romaneios.repeated", key.asKey()));
        }
        Journal journal = context.journal();
        Journal.EffectState state = journal.state(journalKey);
        if (state == Journal.EffectState.DONE) {
            result.increment("alreadyKeyed");
            return true;
        }
        if (state == Journal.EffectState.ABSENT && book.find(key).isPresent()) {
            return task(result, context, "romaneios.task.alreadyKeyed", target,
                    Messages.localized("romaneios.alreadyKeyed", key.asKey()));
        }
        List<Localized> problems = new ArrayList<>(validator.problems(romaneio));
        if (romaneio.customer() != null && !book.customerKnown(romaneio.customer())) {
            problems.add(Messages.localized("romaneios.unknownCustomer", romaneio.customer(),
                    Objects.toString(romaneio.customerName(), "")));
        }
        if (!problems.isEmpty()) {
            return task(result, context, "romaneios.task.invalid", target, join(problems));
        }
        String description = Messages.text(context.locale(), "romaneios.action.key", key.asKey(), romaneio.customer(),
                romaneio.items().size());
        if (context.dryRun()) {
            result.action(ActionRecord.planned("textura.romaneio.key", key.asKey(), description, journalKey));
            return false;
        }
        try {
            KeyedRomaneio keyed = journal.once(journalKey, KeyedRomaneio.class, () -> book.find(key),
                    () -> book.key(romaneio, journalKey));
            result.action(ActionRecord.done("textura.romaneio.key", keyed.id(), description, journalKey))
                    .increment("keyed");
            return true;
        } catch (RuntimeException e) {
            result.itemFailed();
            return task(result, context, "romaneios.task.failed", target,
                    Localized.of(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    private boolean task(StepResult.Builder result, StepContext context, String titleKey, String target, Localized reason) {
        result.increment("attention").humanTask(new HumanTask(Messages.text(context.locale(), titleKey), target,
                reason.in(context.locale()), config.wikiLink()));
        return false;
    }

    private static Localized join(List<Localized> problems) {
        return Localized.of(problems.stream().map(Localized::ptBR).collect(Collectors.joining("; ")),
                problems.stream().map(Localized::en).collect(Collectors.joining("; ")));
    }
}
