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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * Reads one IMAP folder incrementally: UIDVALIDITY + last UID in the checkpoint {@code imap:<folder>},
 * only UIDs above it, headers and structure bulk-fetched in chunks, then the chunk's text parts in bulk
 * ({@link TextPrefetch}: one command per distinct text section, not one per message), each message decided, then
 * the decided mail archived (or flagged) and quarantined in one command each per {@code intake.write-every}
 * messages and at the end — after the decisions are committed. (Once per fetch chunk cost a round trip per
 * chunk in which the connection fetched nothing.)
 * Fetching and reading run ahead of the decisions on two helper threads ({@link IntakePipeline}); the
 * decisions, their effects and the checkpoint stay on the caller's thread, in mailbox order, and the
 * flags (or move) are written by the fetch thread before the caller saves the checkpoint past that mail.
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
            int chunk = config.intake().fetchChunk();
            List<Message[]> chunks = new ArrayList<>();
            for (int i = 0; i < candidates.length; i += chunk) {
                chunks.add(Arrays.copyOfRange(candidates, i, Math.min(candidates.length, i + chunk)));
            }
            long blockedAt = Long.MAX_VALUE;
            long maxUid = last;
            List<Message> done = new ArrayList<>();
            List<Message> quarantine = new ArrayList<>();
            Written written = new Written(name, checkpoint, validity, last);
            try (IntakePipeline pipeline = new IntakePipeline(folder, chunks, profile(), last,
                    (m, uid) -> processor.prepare(m, name, uid))) {
                try {
                    for (int ended = 0; ended < chunks.size(); ) {
                        IntakePipeline.Item item = pipeline.next();
                        if (item instanceof IntakePipeline.Mail mail) {
                            if (mail.message().isExpunged()) {
                                continue;
                            }
                            maxUid = Math.max(maxUid, mail.uid());
                            if (!one(mail.prepared(), mail.uid(), name, processor, dryRun, done, quarantine)) {
                                blockedAt = Math.min(blockedAt, mail.uid());
                            }
                            continue;
                        }
                        Message[] part = ((IntakePipeline.ChunkEnd) item).chunk();
                        ended++;
                        progress.advance(part.length);
                        if (dryRun) {
                            forget(part);
                            continue;
                        }
                        if (!written.due(part, ended == chunks.size())) {
                            continue;   // flagged (or moved) with the chunks that follow, in one command
                        }
                        written.complete();   // the write before: its flags are set by now, then its checkpoint
                        List<Message> processed = List.copyOf(done);
                        List<Message> quarantined = List.copyOf(quarantine);
                        done.clear();
                        quarantine.clear();
                        long upTo = blockedAt == Long.MAX_VALUE ? maxUid : Math.min(maxUid, blockedAt - 1);
                        written.pending(pipeline.write(() -> {
                            List<HumanTask> failures = new ArrayList<>();
                            markProcessed(folder, processed).ifPresent(failures::add);
                            moveTo(folder, quarantined, config.intake().quarantineFolder()).ifPresent(failures::add);
                            return failures;
                        }), upTo);
                    }
                } finally {
                    written.complete();
                }
            }
        } finally {
            if (folder.isOpen()) {
                folder.close(false);
            }
        }
    }

    /**
     * Drops what Angus cached for a decided chunk (headers, envelope, structure): the folder keeps every
     * message object until it is closed, so without this a run of 10,000 mails held them all to the end.
     */
    private static void forget(Message[] chunk) {
        for (Message m : chunk) {
            if (m instanceof IMAPMessage im) {
                im.invalidateHeaders();
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
    private boolean one(MessageProcessor.Prepared p, long uid, String folder, MessageProcessor processor,
                        boolean dryRun, List<Message> done, List<Message> quarantine) {
        Message m = p.message();
        String id = "UID " + uid;
        String attemptsOf = "uid:" + folder + ":" + uid;
        String key = null;
        try {
            MessageProcessor.Identity identity = processor.identify(p);
            id = identity.id();
            attemptsOf = identity.key();
            key = identity.key();
            result.increment("messages");
            boolean earlier = journal.state(identity.key()) == Journal.EffectState.DONE;
            MailDecision d = dryRun ? processor.plan(p, identity, folder) : processor.process(p, identity, folder);
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

    /**
     * The decided chunks whose flags (or move) are being written on the connection's fetch thread; the
     * checkpoint past them is saved only once that succeeded, so a crash or a failed STORE/MOVE in between
     * re-reads them (already decided: nothing is done twice) rather than leaving mail unflagged or unmoved
     * behind the checkpoint for good.
     */
    private final class Written {
        private final String folder;
        private final Journal.Checkpoint checkpoint;
        private final long validity;
        private long saved;
        private Future<List<HumanTask>> writes;
        private long upTo;
        private List<Message[]> parts = List.of();
        /** Decided chunks not yet handed to a write. */
        private final List<Message[]> unwritten = new ArrayList<>();
        /**
         * A chunk's flags or move failed: the checkpoint stays before it for the rest of the run, so the next
         * run reads that chunk again (its mail already decided: nothing is done twice) and flags or moves it.
         */
        private boolean held;

        Written(String folder, Journal.Checkpoint checkpoint, long validity, long saved) {
            this.folder = folder;
            this.checkpoint = checkpoint;
            this.validity = validity;
            this.saved = saved;
        }

        /**
         * Takes a decided chunk; true when the mail decided so far is to be written now: at the folder's last
         * chunk, or once {@code intake.write-every} messages wait.
         */
        boolean due(Message[] part, boolean lastChunk) {
            unwritten.add(part);
            return lastChunk || unwritten.stream().mapToInt(p -> p.length).sum() >= config.intake().writeEvery();
        }

        /** The write of every chunk taken since the last one, which lets the checkpoint move to {@code upTo}. */
        void pending(Future<List<HumanTask>> writes, long upTo) {
            this.writes = writes;
            this.upTo = upTo;
            this.parts = List.copyOf(unwritten);
            unwritten.clear();
        }

        /** Waits for the pending chunk's writes, reports their failures, then saves its checkpoint. */
        void complete() {
            if (writes == null) {
                return;
            }
            Future<List<HumanTask>> w = writes;
            writes = null;
            try {
                List<HumanTask> failures = w.get();
                failures.forEach(t -> result.itemFailed().humanTask(t));
                held |= !failures.isEmpty();
            } catch (CancellationException e) {
                return;   // the intake is closing: the next run reads this chunk again (already decided)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                result.itemFailed().humanTask(new HumanTask(texts.get("task.folder"), folder, String.valueOf(e.getCause()),
                        null));
                held = true;
            }
            if (!held && upTo > saved) {
                checkpoint.put(validity + ":" + upTo);
                saved = upTo;
            }
            parts.forEach(FolderIntake::forget);
        }
    }

    private Optional<HumanTask> markProcessed(IMAPFolder folder, List<Message> messages) {
        Optional<String> archive = config.intake().archiveFolder();
        if (archive.isPresent()) {
            return moveTo(folder, messages, archive.get());
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        try {
            keyword(folder, messages, config.intake().processedFlag());
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(new HumanTask(texts.get("task.folder"), folder.getFullName(), e.getMessage(), null));
        }
    }

    /**
     * Sets {@code keyword} on {@code messages} with one {@code UID STORE <uids> +FLAGS.SILENT (<keyword>)}.
     * {@link Folder#setFlags} sends {@code +FLAGS} without {@code .SILENT}: the server then answers with an
     * untagged FETCH of the flags of every message in the chunk (500 lines the server writes and Angus parses
     * on the one connection, for flags nobody reads afterwards). By UID, so mail expunged meanwhile by
     * another client cannot shift the set. The keyword is an IMAP atom ({@link IntakeConfig} checks it).
     */
    static void keyword(IMAPFolder folder, List<Message> messages, String keyword) throws MessagingException {
        long[] uids = new long[messages.size()];
        int n = 0;
        for (Message m : messages) {
            long uid = folder.getUID(m);   // fetched with the chunk: no round trip
            if (uid > 0) {
                uids[n++] = uid;
            }
        }
        if (n == 0) {
            return;
        }
        String command = "UID STORE " + UIDSet.toString(UIDSet.createUIDSets(Arrays.copyOf(uids, n)))
                + " +FLAGS.SILENT (" + keyword + ")";
        folder.doCommand(p -> {
            Response[] responses = p.command(command, null);
            // anything unsolicited (EXPUNGE, another client's flag change) goes to Angus as usual
            p.notifyResponseHandlers(Arrays.copyOf(responses, responses.length - 1));
            p.handleResult(responses[responses.length - 1]);
            return null;
        });
    }

    private Optional<HumanTask> moveTo(IMAPFolder folder, List<Message> messages, String target) {
        if (messages.isEmpty()) {
            return Optional.empty();
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
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(new HumanTask(texts.get("task.folder"), folder.getFullName() + " → " + target,
                    e.getMessage(), null));
        }
    }
}
