package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.OUTBOX;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.internal.CentralClient;
import dev.opentill.sync.internal.FeedApplier;
import dev.opentill.sync.internal.OutboxPusher;
import dev.opentill.sync.internal.TillSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The till's background sync: pushes the outbox as soon as a sale commits ({@link #nudge()}),
 * pulls the change feed periodically, backs off with jitter while the centre is unreachable,
 * and publishes a {@link SyncStatus}. All work runs on one daemon thread, so the till's own
 * threads never wait on the network; failures never stop the till from selling.
 */
public final class SyncAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    private final DSLContext till;
    private final SyncConfig config;
    private final ObjectMapper mapper = SyncJson.mapper();
    private final OkHttpClient http;
    private final OutboxPusher pusher;
    private final FeedApplier applier;
    private final ScheduledExecutorService thread;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile SyncStatus status = SyncStatus.initial();
    private ScheduledFuture<?> next;
    private Instant nextPullAt = Instant.MIN;
    private Instant backoffUntil = Instant.MIN;
    private int failures;
    private boolean closed;
    private volatile boolean started;
    /** Rejected events change only when the centre rejects some or a manager retries them. */
    private volatile boolean rejectedDirty = true;
    private long rejected;

    public SyncAgent(DSLContext till, SyncConfig config) {
        this.till = till;
        this.config = config;
        this.http = CentralClient.httpClient(config.requestTimeout());
        this.pusher = new OutboxPusher(till, mapper);
        this.applier = new FeedApplier(till, mapper);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "opentill-sync");
            t.setDaemon(true);
            return t;
        });
    }

    public static SyncAgent create(TillStore store, SyncConfig config) {
        return new SyncAgent(store.dsl(), config);
    }

    /** Starts syncing: a first push and pull at once, then on nudges and every pull interval. */
    public SyncAgent start() {
        started = true;
        scheduleIn(0);
        return this;
    }

    /** Call after a sale commits: its event is pushed now unless the agent is backing off. */
    public void nudge() {
        nudged.set(true);
        SyncError last = status.lastError();
        if (last != null && last.kind() == Kind.NOT_ENROLLED) {
            backoffUntil = Instant.MIN; // enrolled since: no reason to wait out the backoff
        }
        if (config.clock().instant().isAfter(backoffUntil)) {
            scheduleIn(0);
        }
    }

    public SyncStatus status() {
        return status;
    }

    /** Listeners are called on the sync thread; a UI hands the value over to its own thread. */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    /** Runs a full push and pull now (the "sync now" button, the daemon, tests) and returns the status. */
    public SyncStatus syncNow() {
        try {
            thread.submit(() -> cycle(true)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return status;
    }

    /** Puts events the centre rejected back in the push queue (after the centre was fixed). */
    public int retryRejected() {
        int n = till.update(OUTBOX).setNull(OUTBOX.LAST_ERROR).where(OUTBOX.ACKED_AT.isNull())
                .and(OUTBOX.LAST_ERROR.isNotNull()).execute();
        rejectedDirty = true;
        nudge();
        return n;
    }

    private synchronized void scheduleIn(long millis) {
        if (closed || !started) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.MILLISECONDS) <= millis) {
                return; // already due sooner, or running (a nudge during a run is picked up by the flag)
            }
            next.cancel(false);
        }
        next = thread.schedule(this::scheduledCycle, millis, TimeUnit.MILLISECONDS);
    }

    private void scheduledCycle() {
        synchronized (this) {
            next = null; // from here on a nudge schedules a new run, or sets the flag this run checks at its end
        }
        cycle(false);
    }

    private void cycle(boolean forcePull) {
        Instant now = config.clock().instant();
        nudged.set(false);
        SyncError warning = null;
        try {
            String url = TillSettings.get(till, TillSettings.SYNC_URL);
            String credential = TillSettings.get(till, TillSettings.SYNC_CREDENTIAL);
            if (url == null || credential == null) {
                throw new SyncException(new SyncError(Kind.NOT_ENROLLED, null), null);
            }
            CentralClient client = new CentralClient(http, mapper, url, credential);
            Instant serverTime = pushAll(client);
            if (forcePull || !now.isBefore(nextPullAt)) {
                Instant pulled = pullAll(client);
                serverTime = pulled != null ? pulled : serverTime;
                nextPullAt = config.clock().instant().plus(config.pullInterval());
            }
            warning = skew(serverTime);
            failures = 0;
            backoffUntil = Instant.MIN;
            publish(true, config.clock().instant(), warning);
        } catch (CentralClient.RejectedBatch e) {
            rejectedDirty = true;
            LOG.warn("The centre rejected {} event(s); they stay on the till", e.rejected().size());
            publish(true, status.lastSuccess(), e.error());
            nudged.set(true);
        } catch (SyncException e) {
            failed(e.error(), e);
        } catch (RuntimeException e) {
            failed(new SyncError(Kind.SERVER_ERROR, String.valueOf(e.getMessage())), e);
        }
        scheduleIn(failures > 0 ? millisUntil(backoffUntil) : nudged.get() ? 0 : millisUntil(nextPullAt));
    }

    private long millisUntil(Instant t) {
        Instant now = config.clock().instant();
        return t.isAfter(now) ? Duration.between(now, t).toMillis() : 0;
    }

    private Instant pushAll(CentralClient client) {
        String store = TillSettings.get(till, TillSettings.STORE_CODE);
        String terminal = TillSettings.get(till, TillSettings.TERMINAL_CODE);
        // Counted once per round, not per batch: counting reads every pending row and its payload.
        long pending = till.fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull().and(OUTBOX.LAST_ERROR.isNull()));
        Instant serverTime = null;
        while (true) {
            OutboxPusher.Result r = pusher.pushBatch(client, store, terminal, config.pushBatch(), pending);
            if (r.serverTime() != null) {
                serverTime = r.serverTime();
            }
            pending = Math.max(0, pending - r.acked());
            if (r.sent() < config.pushBatch() || r.acked() == 0) {
                return serverTime;
            }
        }
    }

    private Instant pullAll(CentralClient client) {
        String store = TillSettings.get(till, TillSettings.STORE_CODE);
        Instant serverTime = null;
        FeedApplier.Page page;
        do {
            long cursor = applier.cursor();
            page = client.changes(store, cursor, config.pullPage(), applier::apply);
            serverTime = page.serverTime();
            if (nudged.getAndSet(false)) {
                pushAll(client); // a sale completed during a long download: send it between pages
            }
        } while (page.more());
        return serverTime;
    }

    private SyncError skew(Instant serverTime) {
        if (serverTime == null) {
            return null;
        }
        Duration skew = Duration.between(config.clock().instant(), serverTime).abs();
        return skew.compareTo(config.clockSkewLimit()) > 0
                ? new SyncError(Kind.CLOCK_SKEW, Long.toString(Math.round(skew.toSeconds() / 60.0))) : null;
    }

    private void failed(SyncError error, Exception e) {
        failures++;
        long base = config.backoffBase().toMillis();
        long cap = config.backoffMax().toMillis();
        long exp = Math.min(cap, base << Math.min(20, failures - 1));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        backoffUntil = config.clock().instant().plusMillis(jittered);
        // An unreachable centre is routine for an offline-first till: one line, the trace only at debug.
        LOG.info("Sync failed ({}: {}), retrying in {} ms", error.kind(), e.getMessage(), jittered);
        LOG.debug("Sync failure detail", e);
        publish(false, status.lastSuccess(), error);
    }

    private void publish(boolean online, Instant lastSuccess, SyncError error) {
        long pending = till.fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull());
        OffsetDateTime oldest = till.select(OUTBOX.CREATED_AT).from(OUTBOX).where(OUTBOX.ACKED_AT.isNull())
                .orderBy(OUTBOX.SEQ).limit(1).fetchOptional(OUTBOX.CREATED_AT).orElse(null);
        if (rejectedDirty) {
            rejectedDirty = false;
            rejected = till.fetchCount(OUTBOX, OUTBOX.ACKED_AT.isNull().and(OUTBOX.LAST_ERROR.isNotNull()));
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), config.clock().instant());
        SyncStatus s = new SyncStatus(online, lastSuccess, pending, age.isNegative() ? Duration.ZERO : age,
                rejected, applier.cursor(), error);
        status = s;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
