package br.com.webplanet.roteiro.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake of one folder in three stages that overlap, so the network, the reading of MIME and the decisions
 * are not paid one after the other:
 * <ol>
 *   <li><b>fetch</b> (thread {@code roteiro-imap-fetch}): per chunk, the bulk FETCH of headers and structure
 *       and the bulk {@link TextPrefetch text prefetch} — while the chunk before is being read;</li>
 *   <li><b>read</b> (thread {@code roteiro-mail-read}): each message of a fetched chunk read into a
 *       {@link MessageProcessor.Prepared} (identity, {@link ParsedMail}), pure work without journal or
 *       tickets;</li>
 *   <li><b>decide</b> (the caller's thread, through {@link #next()}): the journal, the tickets and the
 *       acknowledgements, in mailbox order, exactly as before — every journaled effect stays on this one
 *       thread, so crash safety and idempotency are unchanged. The STORE or MOVE of a decided chunk is
 *       handed back to the fetch thread ({@link #write}), run before its next fetch, and the decider saves
 *       that chunk's checkpoint only once it is done.</li>
 * </ol>
 * Look-ahead is bounded: one fetched chunk waits for the reader while the next is fetched, and at most
 * {@link #READ_AHEAD} read messages wait for the decider (a read message holds at most
 * {@link ReadLimits#MAX_TICKET_TEXT_CHARS} characters of text), so at most three chunks of prefetched text
 * (each text part at most {@link TextPrefetch#PARTIAL_BYTES}) are in memory, where the sequential intake
 * held one; attachments are still never downloaded. Both helper threads
 * use the folder's own connection (Angus serialises commands on it), so the IMAP commands are those of
 * the sequential intake, in a different order. A fetch that fails ends the stages and is thrown by
 * {@code next()} on the caller's thread. No thread is ever interrupted.
 */
final class IntakePipeline implements AutoCloseable {
    /** Read messages waiting for the decider. */
    static final int READ_AHEAD = 64;
    private static final Logger LOG = LoggerFactory.getLogger(IntakePipeline.class);
    private static final long POLL_MILLIS = 50;
    private static final long WRITE_POLL_MILLIS = 2;

    /** What {@link #next()} hands the decider. */
    sealed interface Item permits Mail, ChunkEnd, Failed {}

    /** A message of the current chunk, read. */
    record Mail(Message message, long uid, MessageProcessor.Prepared prepared) implements Item {}

    /** Every message of {@code chunk} has been handed over. */
    record ChunkEnd(Message[] chunk) implements Item {}

    record Failed(Throwable error) implements Item {}

    /** Reads one message (off the decider's thread). */
    @FunctionalInterface
    interface Reader {
        MessageProcessor.Prepared read(Message message, long uid);
    }

    /** A fetched chunk with its UIDs, read on the fetch thread: {@code getUID} takes the folder's lock. */
    private record Fetched(Message[] chunk, long[] uids, TextPrefetch prefetch, Throwable error) {}

    private static final Fetched DONE = new Fetched(new Message[0], new long[0], null, null);

    private final BlockingQueue<Fetched> fetched = new ArrayBlockingQueue<>(1);
    private final BlockingQueue<Item> read = new ArrayBlockingQueue<>(READ_AHEAD);
    /** Writes (flag, move) of decided chunks, run by the fetch thread between two fetches. */
    private final BlockingQueue<FutureTask<?>> writes = new LinkedBlockingQueue<>();
    private final Thread fetcher;
    private final Thread reader;
    private volatile boolean closed;
    private final String name;
    /** Nanoseconds each stage waited: the fetcher for the reader, the reader for a chunk and for the decider. */
    private long fetcherWaited;
    private long readerStarved;
    private long readerWaited;
    private long deciderStarved;
    private long writing;

    /**
     * Starts the stages over {@code chunks} of {@code folder}; messages with a UID at or below {@code after}
     * (or expunged) are skipped.
     */
    IntakePipeline(IMAPFolder folder, List<Message[]> chunks, FetchProfile profile, long after, Reader mails) {
        name = folder.getFullName();
        fetcher = new Thread(() -> fetchAll(folder, chunks, profile), "roteiro-imap-fetch " + name);
        reader = new Thread(() -> readAll(after, mails), "roteiro-mail-read " + name);
        fetcher.setDaemon(true);
        reader.setDaemon(true);
        fetcher.start();
        reader.start();
    }

    private void fetchAll(IMAPFolder folder, List<Message[]> chunks, FetchProfile profile) {
        try {
            for (Message[] chunk : chunks) {
                runWrites();
                if (closed) {
                    return;
                }
                Fetched next;
                try {
                    folder.fetch(chunk, profile);
                    long[] uids = new long[chunk.length];
                    for (int i = 0; i < chunk.length; i++) {
                        uids[i] = uidOf(folder, chunk[i]);
                    }
                    next = new Fetched(chunk, uids, TextPrefetch.of(folder, chunk), null);
                } catch (MessagingException | RuntimeException | Error e) {
                    next = new Fetched(chunk, null, null, e);
                }
                if (!handFetched(next) || next.error != null) {
                    break;
                }
            }
            if (!closed) {
                handFetched(DONE);
            }
            while (!closed) {   // the decider's last writes
                runWrite(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a fetched chunk to the reader, running the decider's writes while the reader is busy. */
    private boolean handFetched(Fetched next) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            while (!fetched.offer(next)) {
                if (closed) {
                    return false;
                }
                runWrite(WRITE_POLL_MILLIS);
            }
            return true;
        } finally {
            fetcherWaited += System.nanoTime() - t0;
        }
    }

    /** Runs the next write, waiting up to {@code millis} for one. */
    private void runWrite(long millis) throws InterruptedException {
        FutureTask<?> write = writes.poll(millis, TimeUnit.MILLISECONDS);
        if (write != null) {
            run(write);
        }
    }

    private void run(FutureTask<?> write) {
        long t0 = System.nanoTime();
        write.run();
        writing += System.nanoTime() - t0;
    }

    private void runWrites() {
        FutureTask<?> write;
        while ((write = writes.poll()) != null) {
            run(write);
        }
    }

    /**
     * Runs {@code write} (a STORE or MOVE of a decided chunk) on the fetch thread, before its next fetch,
     * so the decider goes on with the next chunk instead of waiting for the fetch in flight to release
     * the connection. The caller waits for the future before it moves the checkpoint past that chunk.
     */
    <T> Future<T> write(Callable<T> write) {
        FutureTask<T> task = new FutureTask<>(write);
        writes.add(task);
        if (closed) {
            task.cancel(false);
        }
        return task;
    }

    private void readAll(long after, Reader mails) {
        try {
            while (!closed) {
                long t0 = System.nanoTime();
                Fetched f = fetched.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                readerStarved += System.nanoTime() - t0;
                if (f == null) {
                    continue;
                }
                if (f == DONE) {
                    return;
                }
                if (f.error != null) {
                    hand(read, new Failed(f.error));
                    return;
                }
                try {
                    f.prefetch.during(() -> {
                        for (int i = 0; i < f.chunk.length; i++) {
                            if (closed) {
                                return;
                            }
                            Message m = f.chunk[i];
                            long uid = f.uids[i];
                            if (uid <= after || m.isExpunged()) {
                                continue;
                            }
                            if (!hand(read, new Mail(m, uid, mails.read(m, uid)))) {
                                return;
                            }
                        }
                    });
                } catch (RuntimeException | Error e) {   // the reader guards each message; this is a defect
                    hand(read, new Failed(e));
                    return;
                }
                hand(read, new ChunkEnd(f.chunk));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts {@code item} on {@code queue}, waiting while it is full; false once the pipeline is closed. No
     * thread is ever interrupted: an interrupt could reach Angus in the middle of a command on the shared
     * connection.
     */
    private <T> boolean hand(BlockingQueue<T> queue, T item) throws InterruptedException {
        if (queue.offer(item)) {
            return true;
        }
        long t0 = System.nanoTime();
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } finally {
            readerWaited += System.nanoTime() - t0;
        }
    }

    /** The UID fetched with the chunk; -1 (never above the checkpoint) when the server gave none. */
    private static long uidOf(IMAPFolder folder, Message m) {
        try {
            return folder.getUID(m);
        } catch (MessagingException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The next read message or chunk end, in mailbox order. A failed fetch is thrown here as a
     * {@link MessagingException} whose cause is the helper thread's exception.
     */
    Item next() throws MessagingException {
        Item item;
        try {
            item = read.poll();
            if (item == null) {
                long t0 = System.nanoTime();
                while ((item = read.poll(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                    if (!reader.isAlive() && read.isEmpty()) {
                        throw new IllegalStateException("mail intake's reading stage ended before the last chunk");
                    }
                }
                deciderStarved += System.nanoTime() - t0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("intake interrupted", e);
        }
        if (item instanceof Failed failed) {
            Throwable e = failed.error;
            if (e instanceof MessagingException me) {
                throw new MessagingException(me.getMessage(), me);
            }
            if (e instanceof RuntimeException re) {
                throw new IllegalStateException("mail intake's reading stage failed: " + re, re);
            }
            throw (Error) e;
        }
        return item;
    }

    /** Stops both stages and waits for a command in flight to end, so the folder can be closed after. */
    @Override
    public void close() {
        closed = true;
        writes.add(new FutureTask<>(() -> null));   // wakes the fetch thread waiting for writes
        fetched.offer(DONE);                        // wakes the reader waiting for a chunk (if there is room)
        join(fetcher);
        join(reader);
        writes.forEach(w -> w.cancel(false));
        LOG.debug("intake of {}: flags/moves took {} ms on the fetch thread, which waited {} ms for the reader; reader waited {} ms for chunks and {} ms for the "
                + "decisions; decisions waited {} ms for read mail", name, writing / 1_000_000, fetcherWaited / 1_000_000,
                readerStarved / 1_000_000, readerWaited / 1_000_000, deciderStarved / 1_000_000);
    }

    private static void join(Thread t) {
        try {
            t.join(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
