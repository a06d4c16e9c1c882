package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import br.com.webplanet.roteiro.textura.TexturaConfig;
import br.com.webplanet.roteiro.textura.io.DocumentLimitException;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 5, {@code textura.romaneios}: keys client Textura's pending romaneios into G3stor. Reads the
 * drop folder, the attachments routed from mail and G3stor's pending documents with the bound
 * {@link RomaneioParser}s, validates each romaneio, keys each valid one once (journal key
 * {@code rom:<issuer>/<number>/<series>}) and retires a document only when all of its romaneios
 * are keyed. Everything else becomes a human task with its reason.
 */
public final class RomaneiosStep implements ChecklistStep {
    public static final String ID = "textura.romaneios";
    /** This step as listed while the textura module is not configured (with the default wiki link). */
    static final StepDescriptor UNCONFIGURED = new StepDescriptor(ID, Messages.localized("romaneios.title"),
            RomaneiosConfig.DEFAULT_WIKI, Set.of(), RoutineOrder.TEXTURA_ROMANEIOS, null);
    private static final Logger LOG = LoggerFactory.getLogger(RomaneiosStep.class);

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
        RomaneioKeyer keyer = new RomaneioKeyer(book, validator, config.wikiLink(), context, result);
        for (RomaneioSource source : sources.list()) {
            result.increment("documents");
            context.progress().message(source.label());
            keyer.startDocument(source);
            boolean[] readThrough = {false};
            List<RomaneioKey> keys = read(source, keyer, sources, readThrough);
            LOG.info("{} ({}): {}", source.label(), source.kind(), keys == null ? "left for the team (see tasks)"
                    : keys.isEmpty() ? "no romaneio" : "every romaneio keyed");
            if (keys != null && keys.isEmpty()) {
                keyer.task("romaneios.task.unreadable", source.label(), Messages.localized("romaneios.empty"));
            } else if (keys != null && !context.dryRun()) {
                try {
                    sources.retire(source, keys.get(0));
                } catch (IOException | RuntimeException e) {
                    result.itemFailed();
                    keyer.task("romaneios.task.retire", source.label(), RomaneioKeyer.reason(e));
                }
            }
            keyer.endDocument(readThrough[0]);
        }
        keyer.closeGone(sources);
        return result.summary(Messages.text(context.locale(), "romaneios.summary", result.countOf("keyed"),
                result.countOf("alreadyKeyed"), result.countOf("attention"), result.countOf("documents"))).build();
    }

    /**
     * Reads and keys one document; the key of its first romaneio when all are keyed, null otherwise.
     * {@code readThrough[0]} tells whether every romaneio in it was looked at (it was read to its end).
     */
    private List<RomaneioKey> read(RomaneioSource source, RomaneioKeyer keyer, RomaneioSources sources,
                                   boolean[] readThrough) {
        boolean[] complete = {true};
        List<RomaneioKey> keys = new ArrayList<>(1);
        RomaneioParser parser = null;
        InputStream opened;
        try {
            opened = source.opener().open();
        } catch (IOException e) {
            keyer.task("romaneios.task.unreadable", source.label(), Messages.localized("romaneios.unreadable", e.getMessage()));
            return null;
        } catch (RuntimeException e) {   // G3stor could not serve the document: a retry may work, not rejected
            LOG.warn("{}: {}", source.label(), e.toString(), e);
            keyer.failed(source.label(), e);
            return null;
        }
        try (InputStream in = new BufferedInputStream(opened)) {
            in.mark(RomaneioParser.SNIFF_BYTES);
            byte[] first = in.readNBytes(RomaneioParser.SNIFF_BYTES);
            in.reset();
            parser = parsers.stream().filter(p -> p.accepts(source.fileName(), source.contentType(), first))
                    .findFirst().orElse(null);
            if (parser == null) {
                keyer.task("romaneios.task.unreadable", source.label(),
                        Messages.localized("romaneios.noParser", source.fileName()));
                sources.rejected(source);
                return null;
            }
            ParseContext parseContext = new ParseContext(source.fileName(), source.label(), config.issuer(), config.limits());
            try (Stream<ParsedRomaneio> parsed = parser.parse(in, parseContext)) {
                parsed.forEach(p -> {
                    boolean keyed = keyer.handle(p);
                    complete[0] &= keyed;
                    if (keyed && keys.isEmpty()) {
                        keys.add(p.key());
                    }
                });
            }
            readThrough[0] = true;
            return complete[0] ? keys : null;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            LOG.warn("{}: not read: {}", source.label(), cause.getMessage());
            keyer.task("romaneios.task.unreadable", source.label(), cause instanceof DocumentLimitException limit
                    ? limit.problem() : Messages.localized("romaneios.unreadable", cause.getMessage()));
            sources.rejected(source);
            return null;
        } catch (RuntimeException e) {
            // keyer.handle keeps G3stor's failures to itself: what reaches here broke while reading the document
            LOG.warn("{}: {}", source.label(), e.toString(), e);
            keyer.unreadable(source.label(), Messages.localized("romaneios.parserFailed",
                    parser == null ? "?" : parser.name(), e.toString()));
            sources.rejected(source);
            return null;
        }
    }
}
