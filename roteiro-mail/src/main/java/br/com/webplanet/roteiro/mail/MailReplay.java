package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.Journal;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.MessageIDTerm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Withdraws intake's decision on a mail so that it is decided again, once ({@code roteiro mail replay}):
 * the replay's generation is recorded in the journal (topic {@link #TOPIC}, key Message-ID) and the next
 * decision is taken under {@code triage:<Message-ID>#replay-<n>}; effects already made (a ticket opened under
 * {@code mail:<Message-ID>}) are found again, never repeated. The mail itself is moved back from the
 * quarantine (or archive) folder to the first intake folder, where the next triage reads it.
 *
 * <p>Embedding: {@code new MailReplay(config, imap, journal).replay("<id@x>", now)} or
 * {@code replayQuarantined(now)}.
 */
public final class MailReplay {
    /** Journal topic: key Message-ID, value {@link Replay}. */
    public static final String TOPIC = "mail.replays";

    /** One withdrawal: the {@code generation}-th replay of a Message-ID, when, and the decision withdrawn. */
    public record Replay(int generation, Instant at, String withdrawn) {}

    /** What a replay did: the Message-ID, its new generation, and whether the mail was moved back to intake. */
    public record Outcome(String messageId, int generation, boolean movedBack, String from) {}

    private final MailConfig config;
    private final ImapConnection imap;
    private final Journal journal;

    public MailReplay(MailConfig config, ImapConnection imap, Journal journal) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.imap = imap;
        this.journal = Objects.requireNonNull(journal, "journal is null");
    }

    /** Withdraws the decision on {@code messageId} and moves the mail back to intake when found. */
    public Outcome replay(String messageId, Instant now) throws MessagingException {
        String id = normalise(messageId);
        Replay before = journal.records(TOPIC, Replay.class).get(id);
        String withdrawn = Optional.ofNullable(journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class).get(id))
                .map(d -> d.disposition() + ": " + d.evidence()).orElse("");
        int generation = before == null ? 1 : before.generation() + 1;
        journal.record(TOPIC, id, new Replay(generation, now, withdrawn));
        Optional<String> from = imap == null ? Optional.empty() : moveBack(id);
        return new Outcome(id, generation, from.isPresent(), from.orElse(null));
    }

    /** Replays every mail whose last decision was quarantine. */
    public List<Outcome> replayQuarantined(Instant now) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class).values().stream()
                .filter(d -> d.disposition() == MailDisposition.QUARANTINED).forEach(d -> ids.add(d.messageId()));
        List<Outcome> out = new ArrayList<>();
        for (String id : ids) {
            out.add(replay(id, now));
        }
        return out;
    }

    private static String normalise(String messageId) {
        String t = Objects.requireNonNull(messageId, "messageId is null").strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Message-ID is empty");
        }
        return t.startsWith("<") ? t : "<" + t + ">";
    }

    /** Moves the mail from quarantine (then the archive) back to the first intake folder; the folder it came from. */
    private Optional<String> moveBack(String id) throws MessagingException {
        String target = config.intake().folders().get(0);
        List<String> sources = new ArrayList<>(List.of(config.intake().quarantineFolder()));
        config.intake().archiveFolder().ifPresent(sources::add);
        String original = id.contains("~") ? id.substring(0, id.indexOf('~')) + ">" : id;
        for (String source : sources) {
            Folder f = imap.store().getFolder(source);
            if (!f.exists()) {
                continue;
            }
            f.open(Folder.READ_WRITE);
            try {
                Message[] found = f.search(new MessageIDTerm(original));
                if (found.length == 0) {
                    continue;
                }
                Folder to = imap.store().getFolder(target);
                if (((IMAPStore) f.getStore()).hasCapability("MOVE")) {
                    ((IMAPFolder) f).moveMessages(found, to);
                } else {
                    f.copyMessages(found, to);
                    f.setFlags(found, new Flags(Flags.Flag.DELETED), true);
                    f.expunge();
                }
                return Optional.of(source);
            } finally {
                if (f.isOpen()) {
                    f.close(false);
                }
            }
        }
        return Optional.empty();
    }
}
