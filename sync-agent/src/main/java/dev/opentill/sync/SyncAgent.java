package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.OUTBOX;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.internal.CentralAddress;
import dev.opentill.sync.internal.CentralClient;
import dev.opentill.sync.internal.DeliveryWaiter;
import dev.opentill.sync.internal.FeedApplier;
import dev.opentill.sync.internal.OutboxPusher;
import dev.opentill.sync.internal.StatusBoard;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The till's background sync: pushes the outbox as soon as a sale commits ({@link #nudge()}),
 * pulls the change feed periodically, probes an unreachable centre with a ping and drains as soon
 * as it answers, backs off with jitter after other failures, and publishes a {@link SyncStatus}.
 * Network work runs on one daemon thread, so the till's own threads never wait on it; a second
 * one keeps the status current (pending counts as sales commit, an unsure link while a request
 * waits) even while the first is stuck. Failures never stop the till from selling.
 */
public final class SyncAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    private final DSLContext till;
    private final SyncConfig config;
    private final ObjectMapper mapper = SyncJson.mapper();
    private final OkHttpClient pushHttp;
    private final OkHttpClient pullHttp;
    private final StatusBoard board;
    private final OutboxPusher pusher;
    private final FeedApplier applier;
    private final ScheduledExecutorService thread;
    private final ScheduledExecutorService statusThread;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private ScheduledFuture<?> next;
    private Instant nextPullAt = Instant.MIN;
    private volatile Instant backoffUntil = Instant.MIN;
    /** The last failure was the network's: the next scheduled run pings before it pushes. */
    private volatile boolean probing;
    private int failures;
    private boolean closed;
    private volatile boolean started;
    private final DeliveryWaiter waiter;

    public SyncAgent(DSLContext till, SyncConfig config) {
        this.till = till;
        this.config = config;
        this.applier = new FeedApplier(till, mapper);
        this.board = new StatusBoard(till, config.clock(), applier::cursor);
        this.pusher = new OutboxPusher(till, mapper, board::acknowledged);
        this.thread = daemon("opentill-sync");
        this.statusThread = daemon("opentill-sync-status");
        this.pushHttp = CentralClient.httpClient(config.connectTimeout(), config.pushTimeout()).newBuilder()
                .addInterceptor(this::watched).build();
        this.pullHttp = pushHttp.newBuilder().readTimeout(config.pullTimeout()).writeTimeout(config.pullTimeout())
                .build();
        // Without the watch: a wait held open is no sign of a slow link.
        OkHttpClient waitHttp = CentralClient.httpClient(config.connectTimeout(),
                Duration.ofMillis(DeliveryWaiter.WAIT_MS).plus(config.pushTimeout()));
        this.waiter = new DeliveryWaiter(() -> client(waitHttp), applier::cursor, this::pullNow);
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
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

    /**
     * Starts the delivery push channel: a daemon thread long-polls the centre and pulls the feed as
     * soon as it rings (the till; tests and tools that only sync leave it off).
     */
    public SyncAgent listenForDeliveries() {
        Thread t = new Thread(waiter, "opentill-delivery-wait");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** Pulls the feed now (the push channel rang: a delivery order waits at the centre). */
    public void pullNow() {
        nextPullAt = Instant.MIN;
        nudge();
    }

    /**
     * Call after a sale commits: the status counts it at once, and its event is pushed now; a
     * backoff or a probe wait after a failure ends here.
     */
    public void nudge() {
        nudged.set(true);
        refreshCounts();
        backoffUntil = Instant.MIN;
        scheduleIn(0);
    }

    public SyncStatus status() {
        return board.current();
    }

    /** Listeners are called on the agent's threads, one at a time; a UI hands the value over to its own thread. */
    public void addListener(Consumer<SyncStatus> listener) {
        board.addListener(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        board.removeListener(listener);
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
        return board.current();
    }

    /** Puts events the centre rejected back in the push queue (after the centre was fixed). */
    public int retryRejected() {
        int n = till.update(OUTBOX).setNull(OUTBOX.LAST_ERROR).where(OUTBOX.ACKED_AT.isNull())
                .and(OUTBOX.LAST_ERROR.isNotNull()).execute();
        board.rejectedChanged();
        nudge();
        return n;
    }

    private void refreshCounts() {
        if (refreshQueued.compareAndSet(false, true)) {
            try {
                statusThread.execute(() -> {
                    refreshQueued.set(false);
                    board.countsChanged();
                });
            } catch (RejectedExecutionException e) {
                refreshQueued.set(false); // closed
            }
        }
    }

    /** Every request: if no answer has come after {@code unsureAfter}, the link is shown as unsure. */
    private Response watched(Interceptor.Chain chain) throws IOException {
        ScheduledFuture<?> watch = statusThread.schedule(() -> board.slow(config.unsureAfter()),
                config.unsureAfter().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return chain.proceed(chain.request());
        } finally {
            watch.cancel(false);
        }
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
        next = thread.schedule(this::scheduledRun, millis, TimeUnit.MILLISECONDS);
    }

    private void scheduledRun() {
        synchronized (this) {
            next = null; // from here on a nudge schedules a new run, or sets the flag this run checks at its end
        }
        if (probing && !nudged.get() && !centreAnswers()) {
            scheduleIn(nextRunIn());
            return;
        }
        cycle(false);
    }

    /** The cheap probe while offline: one ping, without touching the outbox or the feed. */
    private boolean centreAnswers() {
        try {
            client(pushHttp).ping();
            return true;
        } catch (SyncException e) {
            LOG.debug("Probe: {}", e.error());
            backoffUntil = config.clock().instant().plusMillis(jittered(config.probeInterval().toMillis()));
            return false;
        }
    }

    private CentralClient client(OkHttpClient http) {
        String url = TillSettings.get(till, TillSettings.SYNC_URL);
        String credential = TillSettings.get(till, TillSettings.SYNC_CREDENTIAL);
        if (url == null || credential == null) {
            throw new SyncException(new SyncError(Kind.NOT_ENROLLED, null), null);
        }
        CentralAddress.check(url, CentralAddress.plainHttpAllowed(till));
        return new CentralClient(http, mapper, url, credential);
    }

    private void cycle(boolean forcePull) {
        Instant now = config.clock().instant();
        nudged.set(false);
        try {
            CentralClient pushClient = client(pushHttp);
            Instant serverTime = pushAll(pushClient);
            if (forcePull || !now.isBefore(nextPullAt)) {
                Instant pulled = pullAll(client(pullHttp), pushClient);
                serverTime = pulled != null ? pulled : serverTime;
                nextPullAt = config.clock().instant().plus(config.pullInterval());
            }
            SyncError warning = skew(serverTime);
            failures = 0;
            probing = false;
            backoffUntil = Instant.MIN;
            board.succeeded(config.clock().instant(), warning);
        } catch (CentralClient.RejectedBatch e) {
            board.rejectedChanged();
            LOG.warn("The centre rejected {} event(s); they stay on the till", e.rejected().size());
            board.answered(e.error());
            nudged.set(true);
        } catch (SyncException e) {
            failed(e.error(), e);
        } catch (RuntimeException e) {
            failed(new SyncError(Kind.SERVER_ERROR, String.valueOf(e.getMessage())), e);
        }
        scheduleIn(nextRunIn());
    }

    private long nextRunIn() {
        if (nudged.get()) {
            return 0;
        }
        return millisUntil(failures > 0 ? backoffUntil : nextPullAt);
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
            OutboxPusher.Result r;
            try {
                r = pusher.pushBatch(client, store, terminal, config.pushBatch(), pending);
            } finally {
                board.settled();
            }
            if (r.serverTime() != null) {
                serverTime = r.serverTime();
            }
            pending = Math.max(0, pending - r.acked());
            if (r.sent() < config.pushBatch() || r.acked() == 0) {
                return serverTime;
            }
        }
    }

    private Instant pullAll(CentralClient client, CentralClient pushClient) {
        String store = TillSettings.get(till, TillSettings.STORE_CODE);
        Instant serverTime = null;
        FeedApplier.Page page;
        do {
            long cursor = applier.cursor();
            page = client.changes(store, cursor, config.pullPage(), applier::apply);
            serverTime = page.serverTime();
            if (nudged.getAndSet(false)) {
                pushAll(pushClient); // a sale completed during a long download: send it between pages
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
                ? new SyncError(Kind.CLOCK_SKEW, Long.toString(Math.round(skew.toSeconds() / 60.0)))
                : null;
    }

    /**
     * A network failure (nothing answered, or the answer broke off) is probed often with a ping;
     * anything else (the centre failing or refusing) backs off exponentially.
     */
    private void failed(SyncError error, Exception e) {
        failures++;
        probing = error.kind() == Kind.UNREACHABLE || error.kind() == Kind.INTERRUPTED;
        long wait;
        if (probing) {
            wait = jittered(config.probeInterval().toMillis());
        } else {
            long base = config.backoffBase().toMillis();
            long cap = config.backoffMax().toMillis();
            wait = jittered(Math.min(cap, base << Math.min(20, failures - 1)));
        }
        backoffUntil = config.clock().instant().plusMillis(wait);
        // An unreachable centre is routine for an offline-first till: one line, the trace only at debug.
        LOG.info("Sync failed ({}: {}), retrying in {} ms", error.kind(), e.getMessage(), wait);
        LOG.debug("Sync failure detail", e);
        board.failed(error);
    }

    private static long jittered(long millis) {
        return millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
    }

    @Override
    public void close() {
        waiter.stop();
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
        statusThread.shutdownNow();
        pushHttp.dispatcher().executorService().shutdown();
        pushHttp.connectionPool().evictAll();
    }
}
