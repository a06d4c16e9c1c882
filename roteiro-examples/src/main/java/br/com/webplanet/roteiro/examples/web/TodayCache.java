package br.com.webplanet.roteiro.examples.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Hoje shows of the journal (the day, the open tasks, its alerts, the latest canary), shared by all page views.
 * Read synchronously when there is none for the date (start, midnight, after {@link #invalidate()});
 * when merely older than {@link #FRESH_FOR}, served as it is while one background read refreshes it,
 * so page views never queue behind a journal read.
 */
final class TodayCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TodayCache.class);
    private static final long FRESH_FOR = TimeUnit.SECONDS.toNanos(2);

    private final WebContext web;
    private final Object refreshing = new Object();
    private final AtomicBoolean backgroundRead = new AtomicBoolean();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "roteiro-web-reader");
        t.setDaemon(true);
        return t;
    });
    private volatile Today today;

    /** One read of the journal. */
    record Today(LocalDate date, Day day, List<TaskItem> tasks, List<Alerts.Shown> alerts, Optional<Canary.Probe> canary,
                 long readAtNanos) {}

    TodayCache(WebContext web) {
        this.web = Objects.requireNonNull(web, "web is null");
    }

    void invalidate() {
        today = null;
    }

    Today get(LocalDate date) {
        Today t = today;
        if (t != null && t.date().equals(date)) {
            if (System.nanoTime() - t.readAtNanos() >= FRESH_FOR && backgroundRead.compareAndSet(false, true)) {
                refreshInBackground(date);
            }
            return t;
        }
        synchronized (refreshing) {
            t = today;
            return t != null && t.date().equals(date) ? t : read(date);
        }
    }

    private void refreshInBackground(LocalDate date) {
        try {
            reader.execute(() -> {
                try {
                    read(date);
                } catch (RuntimeException e) {
                    LOG.warn("could not read today's state for the page: {}", e.toString());
                } finally {
                    backgroundRead.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            backgroundRead.set(false);
        }
    }

    private Today read(LocalDate date) {
        long readAt = System.nanoTime();
        Day day = web.days().day(date);
        Today fresh = new Today(date, day, web.tasks().open(day), web.alerts().map(a -> a.of(date)).orElse(List.of()),
                web.canary().flatMap(Canary::latest), readAt);
        today = fresh;
        return fresh;
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
