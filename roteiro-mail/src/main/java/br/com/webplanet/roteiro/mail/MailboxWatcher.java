package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.spi.Service;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the first intake folder all day ({@code roteiro watch}): IMAP IDLE when the server offers it,
 * polling otherwise, reconnecting with exponential back-off. It calls the callback once when it starts
 * and again whenever UIDNEXT grows (new mail), one call at a time on its own thread; mail that arrives
 * during a call triggers another. A {@link Service}: the engine stops it on close.
 */
public final class MailboxWatcher implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    private final WatchConfig config;
    private final String folderName;
    private final ImapConnection imap;
    private final Object sleeper = new Object();
    private volatile boolean running;
    private volatile IMAPStore store;
    private Thread thread;
    private ScheduledExecutorService renewer;

    @Inject
    public MailboxWatcher(MailConfig config, ImapConnection imap) {
        this.config = config.watch();
        this.folderName = config.intake().folders().get(0);
        this.imap = Objects.requireNonNull(imap, "imap is null");
    }

    /** Begins watching; {@code onNewMail} runs on the watcher's thread. */
    public synchronized void watch(Runnable onNewMail) {
        Objects.requireNonNull(onNewMail, "onNewMail is null");
        if (running) {
            throw new IllegalStateException("the mailbox watcher is already running");
        }
        running = true;
        renewer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "roteiro-mail-idle-renew"));
        thread = daemon(() -> loop(onNewMail), "roteiro-mail-watcher");
        thread.start();
    }

    public boolean isWatching() {
        return running;
    }

    @Override
    public void start() {
        LOG.debug("mailbox watcher ready for folder {}", folderName);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        closeStore();
        renewer.shutdownNow();
        thread.join(10_000);
    }

    private void loop(Runnable onNewMail) {
        Duration backoff = Duration.ofSeconds(1);
        long seen = -1;
        while (running) {
            ScheduledFuture<?> renew = null;
            try {
                store = imap.newStore();
                IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
                IMAPFolder status = (IMAPFolder) store.getFolder(folderName);
                folder.open(Folder.READ_ONLY);
                boolean idle = config.idle() && store.hasCapability("IDLE");
                if (idle) {
                    long every = config.idleRenew().toMillis();
                    renew = renewer.scheduleAtFixedRate(() -> noop(folder), every, every, TimeUnit.MILLISECONDS);
                }
                LOG.info("watching {} for new mail ({})", folderName, idle ? "IDLE" : "polling every " + config.pollInterval());
                backoff = Duration.ofSeconds(1);
                while (running) {
                    long next = status.getUIDNext();
                    if (seen < 0 || next > seen || next <= 0) {
                        seen = next;
                        fire(onNewMail);
                    }
                    if (idle) {
                        folder.idle(true);
                    } else {
                        pause(config.pollInterval());
                    }
                }
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    LOG.warn("mailbox watch interrupted ({}); reconnecting in {}s", e.getMessage(), backoff.toSeconds());
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                            : backoff.multipliedBy(2);
                }
            } finally {
                if (renew != null) {
                    renew.cancel(false);
                }
                closeStore();
            }
        }
    }

    private void fire(Runnable onNewMail) {
        try {
            onNewMail.run();
        } catch (RuntimeException e) {
            LOG.error("mail intake triggered by the watcher failed: {}", e.getMessage(), e);
        }
    }

    private static void noop(IMAPFolder folder) {
        try {
            folder.doCommand(p -> {
                p.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("IDLE renewal failed: {}", e.getMessage());
        }
    }

    private void pause(Duration d) {
        synchronized (sleeper) {
            if (running) {
                try {
                    sleeper.wait(Math.max(1, d.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    private void closeStore() {
        IMAPStore s = store;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("closing watcher store: {}", e.getMessage());
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
