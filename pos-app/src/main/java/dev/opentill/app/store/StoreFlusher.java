package dev.opentill.app.store;

import dev.opentill.migrations.TillStore;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Brings the store onto the disk behind the journaled sales: once the till has been idle for
 * {@link #IDLE} after a sale (between customers); in the background when the journal has filled to
 * within half its size of a sale record the store does not hold on disk yet; and, on the selling
 * thread, only when a write would otherwise land on such a record. Either way the sale was already durable in
 * the journal; this only lets its record be overwritten.
 */
final class StoreFlusher {
    /** How long without a journal write counts as idle. */
    static final Duration IDLE = Duration.ofMillis(1000);
    private static final System.Logger LOG = System.getLogger("till");

    private final TillStore store;
    private final TicketJournal journal;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean tidying = new AtomicBoolean();
    private final AtomicBoolean flushing = new AtomicBoolean();
    private volatile Housekeeping housekeeping;

    StoreFlusher(TillStore store, TicketJournal journal) {
        this.store = store;
        this.journal = journal;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "opentill-store-flush");
            t.setDaemon(true);
            return t;
        });
        // The thread ends when nothing is waiting, so a closed till leaves none behind for long.
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        journal.onPendingOverwrite(this::flush);
        journal.onPendingAhead(this::flushSoon);
    }

    /** What to run once the till has been idle for {@link Housekeeping#IDLE} after a sale. */
    void keepTidy(Housekeeping h) {
        this.housekeeping = h;
    }

    /** Makes the store durable through the sales committed so far and releases their records. */
    void flush() {
        long committed = journal.committedSale();
        store.syncToDisk();
        journal.markDurable(committed);
    }

    /** The journal is filling towards a pending sale record: flush now, off the selling thread. */
    void flushSoon() {
        if (flushing.compareAndSet(false, true)) {
            timer.execute(() -> {
                try {
                    if (store.isOpen() && journal.hasPending()) {
                        flush();
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Early store sync did not run", e);
                } finally {
                    flushing.set(false);
                }
            });
        }
    }

    /** After a sale: flush once the till is idle. */
    void whenIdle() {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(() -> afterIdle(IDLE, this::idleFlush), IDLE.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Runs {@code task} on the timer once no journal write has happened for {@code idle}. */
    private void afterIdle(Duration idle, Runnable task) {
        long busy = System.nanoTime() - journal.lastAppendNanos();
        if (busy < idle.toNanos()) {
            timer.schedule(() -> afterIdle(idle, task), idle.toNanos() - busy, TimeUnit.NANOSECONDS);
        } else {
            task.run();
        }
    }

    private void idleFlush() {
        scheduled.set(false);
        if (!store.isOpen()) {
            return; // the till closed: H2 wrote the store on close, and the journal holds the sales anyway
        }
        try {
            if (journal.hasPending()) {
                flush();
            }
        } catch (RuntimeException e) {
            // The store was closed meanwhile, or the disk failed: the journal still holds the sales.
            LOG.log(System.Logger.Level.DEBUG, "Idle store sync did not run", e);
        }
        Housekeeping h = housekeeping;
        if (h != null && h.due() && tidying.compareAndSet(false, true)) {
            timer.schedule(() -> afterIdle(Housekeeping.IDLE, this::tidy), Housekeeping.IDLE.toNanos(),
                    TimeUnit.NANOSECONDS);
        }
    }

    private void tidy() {
        tidying.set(false);
        if (!store.isOpen()) {
            return;
        }
        long start = journal.lastAppendNanos();
        try {
            housekeeping.run(() -> journal.lastAppendNanos() == start);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Store housekeeping stopped", e);
        }
    }
}
