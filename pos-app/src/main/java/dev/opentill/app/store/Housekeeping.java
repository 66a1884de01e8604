package dev.opentill.app.store;

import dev.opentill.migrations.TillStore;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What the till does for its store when nobody is at it: removes old sales ({@link SalePruner}) and
 * compacts the file, a slice at a time, stopping as soon as someone sells again.
 */
public final class Housekeeping {
    /** Idle time before housekeeping starts (a till between customers is idle for seconds, not this). */
    static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final Duration COMPACT_SLICE = Duration.ofMillis(200);
    private static final int SALES_PER_SLICE = 500;
    private static final int SLICES = 20;
    private static final System.Logger LOG = System.getLogger("till");

    private final TillStore store;
    private final SalePruner pruner;
    private long lastRunNanos;
    private boolean ranOnce;

    public Housekeeping(TillStore store, SalePruner pruner) {
        this.store = store;
        this.pruner = pruner;
    }

    /** Whether an hour has passed since the last run (or none ran yet). */
    synchronized boolean due() {
        return !ranOnce || System.nanoTime() - lastRunNanos > EVERY.toNanos();
    }

    /** Prunes and compacts while {@code idle} says nobody is selling; returns the sales removed. */
    public synchronized int run(BooleanSupplier idle) {
        ranOnce = true;
        lastRunNanos = System.nanoTime();
        int removed = 0;
        for (int i = 0; i < SLICES && idle.getAsBoolean(); i++) {
            int n = pruner.prune(SALES_PER_SLICE);
            removed += n;
            if (n < SALES_PER_SLICE) {
                break;
            }
        }
        if (idle.getAsBoolean()) {
            store.compact(COMPACT_SLICE);
            store.syncToDisk();
        }
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, "Removed {0} old sale(s) from the store", removed);
        }
        return removed;
    }
}
