package br.com.webplanet.roteiro.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * The text parts of a whole fetch chunk, downloaded in bulk: after the chunk's headers and structure,
 * the text sections each message's ticket needs (planned by {@link MimeWalk#plan}) are fetched with one
 * {@code UID FETCH <uids> (BODY.PEEK[<section>]<0.N>)} per distinct section — usually one command per
 * chunk, since most mail has its text in part 1. Jakarta Mail's {@code FetchProfile} has no item for a
 * partial section, hence {@link IMAPFolder#doCommand}. A section longer than {@link #PARTIAL_BYTES} (or
 * not prefetched) is read on demand as before; attachments are never downloaded here.
 *
 * <p>{@link MessageReader} finds the prefetched bytes through {@link #current()}, installed by
 * {@link FolderIntake} for the chunk it is deciding.
 */
final class TextPrefetch {
    /** Bytes fetched per text section in bulk; longer sections are fetched on demand. */
    static final int PARTIAL_BYTES = 64 * 1024;
    private static final ThreadLocal<TextPrefetch> CURRENT = new ThreadLocal<>();
    private static final TextPrefetch NONE = new TextPrefetch();
    private final Map<Message, Map<String, byte[]>> bodies = new IdentityHashMap<>();
    int commands;

    /** The prefetch of the chunk being decided on this thread (empty when none). */
    static TextPrefetch current() {
        TextPrefetch p = CURRENT.get();
        return p == null ? NONE : p;
    }

    /** Runs {@code body} with this prefetch visible to the reader. */
    <E extends Exception> void during(Body<E> body) throws E {
        TextPrefetch before = CURRENT.get();
        CURRENT.set(this);
        try {
            body.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    @FunctionalInterface
    interface Body<E extends Exception> {
        void run() throws E;
    }

    /** The complete raw (transfer-encoded) bytes of {@code section} of {@code message}, or null. */
    byte[] section(Message message, String section) {
        Map<String, byte[]> m = bodies.get(message);
        return m == null ? null : m.get(section);
    }

    /**
     * Fetches the planned text sections of {@code messages} (whose structure is already fetched), one
     * command per distinct section. A failure leaves the prefetch empty: the reader then fetches on demand.
     */
    static TextPrefetch of(IMAPFolder folder, Message[] messages) {
        TextPrefetch prefetch = new TextPrefetch();
        Map<String, List<Long>> uidsBySection = new LinkedHashMap<>();
        Map<Long, Message> byUid = new java.util.HashMap<>();
        for (Message m : messages) {
            try {
                if (m.isExpunged()) {
                    continue;
                }
                long uid = folder.getUID(m);
                byUid.put(uid, m);
                for (String section : MimeWalk.plan(m)) {
                    uidsBySection.computeIfAbsent(section, s -> new ArrayList<>()).add(uid);
                }
            } catch (MessagingException | RuntimeException e) {
                // this message is read on demand
            }
        }
        for (Map.Entry<String, List<Long>> e : uidsBySection.entrySet()) {
            String section = e.getKey();
            long[] uids = e.getValue().stream().mapToLong(Long::longValue).toArray();
            String command = "UID FETCH " + UIDSet.toString(UIDSet.createUIDSets(uids)) + " (BODY.PEEK[" + section + "]<0."
                    + PARTIAL_BYTES + ">)";
            try {
                folder.doCommand(p -> {
                    Response[] responses = p.command(command, null);
                    List<Response> others = new ArrayList<>();
                    for (int i = 0; i < responses.length - 1; i++) {
                        Response r = responses[i];
                        if (r instanceof FetchResponse f) {
                            BODY body = f.getItem(BODY.class);
                            UID uid = f.getItem(UID.class);
                            if (body != null && uid != null && byUid.containsKey(uid.uid) && section.equals(body.getSection())) {
                                byte[] raw = body.getByteArray() == null ? new byte[0] : body.getByteArray().getNewBytes();
                                if (raw.length < PARTIAL_BYTES) {
                                    prefetch.bodies.computeIfAbsent(byUid.get(uid.uid), k -> new java.util.HashMap<>())
                                            .put(section, raw);
                                }
                                continue;
                            }
                        }
                        others.add(r);
                    }
                    p.notifyResponseHandlers(others.toArray(Response[]::new));
                    p.handleResult(responses[responses.length - 1]);
                    return null;
                });
                prefetch.commands++;
            } catch (MessagingException | RuntimeException ex) {
                // the reader fetches these sections on demand
            }
        }
        return prefetch;
    }
}
