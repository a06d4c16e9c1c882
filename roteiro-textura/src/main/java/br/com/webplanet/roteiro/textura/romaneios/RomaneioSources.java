package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the documents step {@code textura.romaneios} reads — drop folder, mail hand-offs, G3stor's
 * pending list — and retires one once all its romaneios are keyed.
 */
final class RomaneioSources {
    static final String MAIL_DONE = "rom-doc:";
    static final String PENDING_DONE = "rom-pending:";
    /** Value of {@link #MAIL_DONE} for an attachment that was rejected, not keyed. */
    static final String REJECTED = "rejected:";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RomaneiosConfig config;
    private final RomaneioBook book;
    private final StepContext context;
    private final java.util.Set<String> present = new java.util.HashSet<>();
    private final java.util.EnumSet<RomaneioSource.Kind> listed = java.util.EnumSet.noneOf(RomaneioSource.Kind.class);

    RomaneioSources(RomaneiosConfig config, RomaneioBook book, StepContext context) {
        this.config = config;
        this.book = book;
        this.context = context;
    }

    List<RomaneioSource> list() throws IOException {
        List<RomaneioSource> sources = new ArrayList<>();
        Optional<Path> drop = config.dropFolder();
        if (drop.isPresent() && Files.isDirectory(drop.get())) {
            try (Stream<Path> files = Files.list(drop.get())) {
                files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().map(RomaneioSource::file).forEach(sources::add);
            }
            listed.add(RomaneioSource.Kind.FILE);
        }
        if (config.mailAttachments()) {
            java.util.Collection<HandoffDocument> inbox =
                    context.journal().records(Handoffs.ROMANEIO_INBOX, HandoffDocument.class).values();
            inbox.forEach(d -> present.add("mail:" + d.id()));   // handled ones too: their tasks may still be open
            listed.add(RomaneioSource.Kind.MAIL);
            inbox.stream().filter(d -> context.journal().state(MAIL_DONE + d.id()) != Journal.EffectState.DONE)
                    .map(d -> new RomaneioSource(RomaneioSource.Kind.MAIL, d.id(), d.fileName(), d.contentType(),
                            Messages.text(context.locale(), "romaneios.source.mail", d.fileName(), d.source()),
                            () -> new ByteArrayInputStream(d.content()), null))
                    .forEach(sources::add);
        }
        if (config.g3storPending()) {
            try (Stream<PendingRomaneio> pending = book.pending()) {
                pending.map(p -> new RomaneioSource(RomaneioSource.Kind.G3STOR, p.id(), p.fileName(), p.contentType(),
                        Messages.text(context.locale(), "romaneios.source.g3stor", p.fileName(), p.id()),
                        () -> book.open(p), p)).forEach(sources::add);
            }
            listed.add(RomaneioSource.Kind.G3STOR);
        }
        sources.forEach(s -> present.add(s.subject()));
        return List.copyOf(sources);
    }

    /**
     * Whether the document keyed by {@code subject} is gone from where it was found: its kind was
     * listed completely in this run ({@link #list}) and it was not there (a file removed from the drop
     * folder, a document G3stor no longer lists as pending, a hand-off record forgotten). A kind not
     * listed (the drop folder missing, a source switched off) says nothing.
     */
    boolean gone(String subject) {
        RomaneioSource.Kind kind = subject.startsWith("file:") ? RomaneioSource.Kind.FILE
                : subject.startsWith("mail:") ? RomaneioSource.Kind.MAIL
                : subject.startsWith("g3stor:") ? RomaneioSource.Kind.G3STOR : null;
        return kind != null && listed.contains(kind) && !present.contains(subject);
    }

    /** Moves the file to the done folder, marks the attachment done or the G3stor document keyed. */
    void retire(RomaneioSource source, RomaneioKey firstKey) throws IOException {
        switch (source.kind()) {
            case FILE -> move(Path.of(source.id()));
            case MAIL -> context.journal().once(MAIL_DONE + source.id(), String.class, context::runId);
            case G3STOR -> context.journal().once(PENDING_DONE + source.id(), String.class,
                    () -> stillPending(source.pending()) ? Optional.empty() : Optional.of(context.runId()),
                    () -> {
                        book.markKeyed(source.pending(), firstKey);
                        return context.runId();
                    });
            default -> throw new IllegalStateException("unknown source kind " + source.kind());
        }
    }

    /**
     * A document that cannot be read as it is (beyond a limit, not a romaneio format, broken): a mail
     * attachment is marked handled in the journal ({@code rom-doc:<id>} = {@code rejected:<run>}), so
     * it is not read again on every run — its task stays with the team. Files stay in the drop folder
     * and G3stor documents stay pending, where a person can replace them. Dry runs change nothing.
     */
    void rejected(RomaneioSource source) {
        if (source.kind() != RomaneioSource.Kind.MAIL || context.dryRun()) {
            return;
        }
        context.journal().once(MAIL_DONE + source.id(), String.class, () -> REJECTED + context.runId());
    }

    private boolean stillPending(PendingRomaneio pending) {
        try (Stream<PendingRomaneio> all = book.pending()) {
            return all.anyMatch(p -> p.id().equals(pending.id()));
        }
    }

    private void move(Path file) throws IOException {
        Path done = config.doneFolder()
                .orElseGet(() -> file.toAbsolutePath().getParent().resolve("lancados"));
        Files.createDirectories(done);
        Path target = done.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = done.resolve(STAMP.format(java.time.LocalDateTime.now(context.clock())) + "-" + file.getFileName());
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        }
    }
}
