package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepResult;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads one IMAP folder incrementally: UIDVALIDITY + last UID in the checkpoint {@code imap:<folder>},
 * only UIDs above it, headers and structure bulk-fetched in chunks, then the chunk's text parts in bulk
 * ({@link TextPrefetch}: one command per distinct text section, not one per message), each message decided, then the
 * chunk archived (or flagged) and quarantined in one command each — after the decisions are committed.
 * A message that fails stays where it is and holds the checkpoint back, so the next run retries it — up to
 * {@code intake.max-attempts} runs; then it is quarantined with its reason and the checkpoint moves on.
 */
final class FolderIntake {
    private final MailConfig config;
    private final ImapConnection imap;
    private final Journal journal;
    private final StepResult.Builder result;
    private final Texts texts;
    private final Progress progress;

    FolderIntake(MailConfig config, ImapConnection imap, Journal journal, StepResult.Builder result, Texts texts,
                 Progress progress) {
        this.config = config;
        this.imap = imap;
        this.journal = journal;
        this.result = result;
        this.texts = texts;
        this.progress = progress;
    }

    static FetchProfile profile() {
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.ENVELOPE);
        fp.add(FetchProfile.Item.FLAGS);
        fp.add(FetchProfile.Item.CONTENT_INFO);
        fp.add(FetchProfile.Item.SIZE);
        fp.add(UIDFolder.FetchProfileItem.UID);
        MessageReader.HEADERS.forEach(fp::add);
        return fp;
    }

    void run(String name, MessageProcessor processor, boolean dryRun) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) imap.folder(name, dryRun ? Folder.READ_ONLY : Folder.READ_WRITE, false);
        try {
            long validity = folder.getUIDValidity();
            Journal.Checkpoint checkpoint = journal.checkpoint("imap:" + name);
            long last = lastUid(checkpoint.get(), validity, name);
            long uidNext = folder.getUIDNext();
            if (last > 0 && uidNext > 0 && uidNext <= last + 1) {
                return;
            }
            Message[] candidates = last == 0 ? folder.getMessages() : folder.getMessagesByUID(last + 1, UIDFolder.LASTUID);
            progress.total(candidates.length);
            long saved = last;
            long blockedAt = Long.MAX_VALUE;
            FetchProfile profile = profile();
            int chunk = config.intake().fetchChunk();
            for (int i = 0; i < candidates.length; i += chunk) {
                Message[] part = Arrays.copyOfRange(candidates, i, Math.min(candidates.length, i + chunk));
                folder.fetch(part, profile);
                List<Message> done = new ArrayList<>();
                List<Message> quarantine = new ArrayList<>();
                long[] maxUid = {saved};
                long[] blocked = {blockedAt};
                TextPrefetch.of(folder, part).during(() -> {
                    for (Message m : part) {
                        long uid = folder.getUID(m);
                        if (uid <= last || m.isExpunged()) {
                            continue;
                        }
                        maxUid[0] = Math.max(maxUid[0], uid);
                        if (!one(m, uid, name, processor, dryRun, done, quarantine)) {
                            blocked[0] = Math.min(blocked[0], uid);
                        }
                    }
                });
                blockedAt = blocked[0];
                progress.advance(part.length);
                if (dryRun) {
                    continue;
                }
                markProcessed(folder, done);
                moveTo(folder, quarantine, config.intake().quarantineFolder());
                long upTo = blockedAt == Long.MAX_VALUE ? maxUid[0] : Math.min(maxUid[0], blockedAt - 1);
                if (upTo > saved) {
                    checkpoint.put(validity + ":" + upTo);
                    saved = upTo;
                }
            }
        } finally {
            if (folder.isOpen()) {
                folder.close(false);
            }
        }
    }

    private long lastUid(Optional<String> saved, long validity, String name) {
        if (saved.isEmpty()) {
            return 0;
        }
        String[] parts = saved.get().split(":");
        if (parts.length == 2 && Long.parseLong(parts[0]) == validity) {
            return Long.parseLong(parts[1]);
        }
        result.increment("fullRescans").humanTask(new HumanTask(texts.get("task.rescan"), name,
                "UIDVALIDITY " + parts[0] + " → " + validity, null));
        return 0;
    }

    /**
     * Returns false when the message failed and must be tried again. After {@code intake.max-attempts}
     * failed runs the message is quarantined with its reason instead, so it no longer holds the checkpoint.
     */
    private boolean one(Message m, long uid, String folder, MessageProcessor processor, boolean dryRun,
                        List<Message> done, List<Message> quarantine) {
        String id = "UID " + uid;
        String attemptsOf = "uid:" + folder + ":" + uid;
        String key = null;
        try {
            MessageProcessor.Identity identity = processor.identify(m, folder, uid);
            id = identity.id();
            attemptsOf = identity.key();
            key = identity.key();
            result.increment("messages");
            boolean earlier = journal.state(identity.key()) == Journal.EffectState.DONE;
            MailDecision d = dryRun ? processor.plan(m, identity, folder, uid)
                    : processor.process(m, identity, folder, uid);
            if (earlier) {
                result.increment("alreadyDecided");
            } else {
                count(d, folder);
            }
            if (d.disposition() != MailDisposition.QUARANTINED) {
                // decided (again, after a replay, or at last after failed runs): its mail tasks' cause is gone
                result.reexamined(taskSubject(identity.id())).reexamined(taskSubject(folder + " UID " + uid));
            }
            (d.disposition() == MailDisposition.QUARANTINED ? quarantine : done).add(m);
            return true;
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            int attempts = dryRun ? 0 : failedAttempt(attemptsOf);
            int max = config.intake().maxAttempts();
            if (!dryRun && attempts >= max) {
                count(processor.quarantineAfterFailures(m, id, key, folder, attempts, reason), folder);
                quarantine.add(m);
                return true;
            }
            result.increment("failed").itemFailed().humanTask(HumanTask.about(
                    taskSubject(key == null ? folder + " " + id : id), texts.get("task.failed", attempts, max),
                    folder + " " + id, reason, null));
            return false;
        }
    }

    /**
     * The subject of a mail's task (quarantined, failing): {@code mail:<id>}, where id is the id the mail is
     * decided under (its Message-ID, or {@code <folder> UID <n>} when it could not be identified). Stable
     * across runs and replays, so the mail decided again closes the task.
     */
    static String taskSubject(String id) {
        return "mail:" + id;
    }

    /** Counts one more failed run of the message decided under {@code key}; returns the count so far. */
    private int failedAttempt(String key) {
        Journal.Checkpoint attempts = journal.checkpoint("mail:attempts:" + MessageIds.sha256Hex(key).substring(0, 32));
        int n = attempts.get().map(Integer::parseInt).orElse(0) + 1;
        attempts.put(String.valueOf(n));
        return n;
    }

    private void count(MailDecision d, String folder) {
        String key = switch (d.disposition()) {
            case NEW_TICKET -> "ticketsOpened";
            case THREAD_REPLY -> "repliesThreaded";
            case AUTOMATIC_IGNORED -> "automaticIgnored";
            case BOUNCE -> "bounces";
            case ROMANEIO -> "romaneios";
            case ARCHITECTS -> "architectSheets";
            case QUARANTINED -> "quarantined";
        };
        result.increment(key);
        if (d.disposition() == MailDisposition.QUARANTINED) {
            result.humanTask(HumanTask.about(taskSubject(d.messageId()), texts.get("task.quarantine"), folder + " → "
                    + config.intake().quarantineFolder() + ": " + d.messageId() + " «" + d.subject() + "»",
                    d.evidence(), null));
            result.action(ActionRecord.done("mail.quarantine", d.messageId(),
                    texts.get("action.quarantine", d.messageId(), d.evidence()), "triage:" + d.messageId()));
        }
    }

    private void markProcessed(IMAPFolder folder, List<Message> messages) {
        Optional<String> archive = config.intake().archiveFolder();
        if (archive.isPresent()) {
            moveTo(folder, messages, archive.get());
            return;
        }
        if (messages.isEmpty()) {
            return;
        }
        try {
            Flags flags = new Flags();
            flags.add(config.intake().processedFlag());
            folder.setFlags(messages.toArray(Message[]::new), flags, true);
        } catch (MessagingException e) {
            result.itemFailed().humanTask(new HumanTask(texts.get("task.folder"), folder.getFullName(), e.getMessage(), null));
        }
    }

    private void moveTo(IMAPFolder folder, List<Message> messages, String target) {
        if (messages.isEmpty()) {
            return;
        }
        Message[] array = messages.toArray(Message[]::new);
        try {
            Folder to = folder.getStore().getFolder(target);
            imap.createIfMissing(to);
            if (((IMAPStore) folder.getStore()).hasCapability("MOVE")) {
                folder.moveMessages(array, to);
            } else {
                folder.copyMessages(array, to);
                folder.setFlags(array, new Flags(Flags.Flag.DELETED), true);
                folder.expunge(array);
            }
        } catch (MessagingException e) {
            result.itemFailed().humanTask(new HumanTask(texts.get("task.folder"), folder.getFullName() + " → " + target,
                    e.getMessage(), null));
        }
    }
}
