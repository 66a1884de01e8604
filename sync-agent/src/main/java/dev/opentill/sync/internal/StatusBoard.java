package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.OUTBOX;

import dev.opentill.sync.SyncError;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.SyncStatus;
import dev.opentill.sync.SyncStatus.Link;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's published {@link SyncStatus}. Every snapshot is taken under one lock from the store
 * and handed to the listeners under it, so snapshots from the sync thread, the status thread and
 * the slow-request watch never overtake each other. The snapshot that reflects acknowledgements
 * is taken and published inside the transaction that marks them ({@link #acknowledged}), so no
 * reader sees an acknowledged event while the status still counts it pending or the link down.
 */
public final class StatusBoard {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final DSLContext till;
    private final Clock clock;
    private final LongSupplier feedPosition;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile SyncStatus current = SyncStatus.initial();
    /** Rejected events change only when the centre rejects some or a manager retries them. */
    private volatile boolean rejectedDirty = true;
    private Link link = Link.OFFLINE;
    private Instant lastSuccess;
    private SyncError error;
    private long rejected;

    public StatusBoard(DSLContext till, Clock clock, LongSupplier feedPosition) {
        this.till = till;
        this.clock = clock;
        this.feedPosition = feedPosition;
    }

    public SyncStatus current() {
        return current;
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    public void rejectedChanged() {
        rejectedDirty = true;
    }

    /**
     * Call inside the transaction that marks {@code events} acknowledged, after the marks and
     * before its commit. The board stays locked until {@link #settled()}, so no snapshot read
     * before that commit can be published after this one. The pending count is the last one less
     * these events rather than a recount: counting reads every pending row, too slow per batch of
     * a large backlog; the next full snapshot counts afresh.
     */
    public void acknowledged(DSLContext tx, int events) {
        lock.lock();
        update(tx, Math.max(0, current.pendingCount() - events), () -> {
            link = Link.ONLINE;
            error = linkError(error) ? null : error;
        });
    }

    /** Call once the acknowledging transaction has ended, committed or not. */
    public void settled() {
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    /** A whole cycle succeeded at {@code at}; {@code warning} (or null) is shown as the last error. */
    public void succeeded(Instant at, SyncError warning) {
        update(till, -1, () -> {
            link = Link.ONLINE;
            lastSuccess = at;
            error = warning;
        });
    }

    /** The centre answered, refusing something ({@code error}). */
    public void answered(SyncError refusal) {
        update(till, -1, () -> {
            link = Link.ONLINE;
            error = refusal;
        });
    }

    public void failed(SyncError failure) {
        update(till, -1, () -> {
            link = Link.OFFLINE;
            error = failure;
        });
    }

    /** A request has waited {@code waited} for its answer: an online link becomes unsure. */
    public void slow(Duration waited) {
        lock.lock();
        try {
            if (link == Link.ONLINE) {
                update(till, -1, () -> {
                    link = Link.UNSURE;
                    error = new SyncError(Kind.SLOW, Long.toString(Math.max(1, waited.toSeconds())));
                });
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sales were committed (or set aside): the same link with fresh counts. */
    public void countsChanged() {
        update(till, -1, () -> {
        });
    }

    private static boolean linkError(SyncError e) {
        return e != null && (e.kind() == Kind.UNREACHABLE || e.kind() == Kind.INTERRUPTED || e.kind() == Kind.SLOW);
    }

    /** {@code pending} < 0: count the pending events. */
    private void update(DSLContext dsl, long pending, Runnable change) {
        lock.lock();
        try {
            change.run();
            SyncStatus s = snapshot(dsl, pending);
            current = s;
            for (Consumer<SyncStatus> l : listeners) {
                try {
                    l.accept(s);
                } catch (RuntimeException e) {
                    LOG.warn("A sync status listener failed", e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private SyncStatus snapshot(DSLContext dsl, long knownPending) {
        long pending = knownPending >= 0 ? knownPending : dsl.fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull());
        OffsetDateTime oldest = dsl.select(OUTBOX.CREATED_AT).from(OUTBOX).where(OUTBOX.ACKED_AT.isNull())
                .orderBy(OUTBOX.SEQ).limit(1).fetchOptional(OUTBOX.CREATED_AT).orElse(null);
        if (rejectedDirty) {
            rejectedDirty = false;
            rejected = dsl.fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull().and(OUTBOX.LAST_ERROR.isNotNull()));
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
        return new SyncStatus(link, lastSuccess, pending, age.isNegative() ? Duration.ZERO : age, rejected,
                feedPosition.getAsLong(), error);
    }
}
