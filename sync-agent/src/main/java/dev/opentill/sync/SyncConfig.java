package dev.opentill.sync;

import java.time.Clock;
import java.time.Duration;

/**
 * Tuning of the sync agent. The centre's URL and the credential come from the till's
 * store_setting ({@code sync.url}, {@code sync.credential}), written at enrollment.
 *
 * <p>Timeouts fit a till on a shop's network: a push is answered in well under a second, so a
 * few seconds without an answer means the link is in trouble ({@code unsureAfter} marks it so
 * while the request still waits); a feed page may stream for longer. While the centre is
 * unreachable the agent probes it with a cheap ping every {@code probeInterval} and drains at
 * once when it answers; other failures back off exponentially from {@code backoffBase} to
 * {@code backoffMax}. A new sale's nudge ends either wait.
 */
public record SyncConfig(Duration pullInterval, int pushBatch, int pullPage, Duration backoffBase,
        Duration backoffMax, Duration clockSkewLimit, Duration connectTimeout, Duration pushTimeout,
        Duration pullTimeout, Duration unsureAfter, Duration probeInterval, Clock clock) {

    public static SyncConfig defaults() {
        return new SyncConfig(Duration.ofSeconds(30), 500, 5000, Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofMinutes(5), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(3), Duration.ofSeconds(2), Clock.systemUTC());
    }

    public SyncConfig withPullInterval(Duration d) {
        return new SyncConfig(d, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit, connectTimeout,
                pushTimeout, pullTimeout, unsureAfter, probeInterval, clock);
    }

    public SyncConfig withBatches(int push, int pull) {
        return new SyncConfig(pullInterval, push, pull, backoffBase, backoffMax, clockSkewLimit, connectTimeout,
                pushTimeout, pullTimeout, unsureAfter, probeInterval, clock);
    }

    public SyncConfig withBackoff(Duration base, Duration max) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, base, max, clockSkewLimit, connectTimeout,
                pushTimeout, pullTimeout, unsureAfter, probeInterval, clock);
    }

    public SyncConfig withClock(Clock c) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit,
                connectTimeout, pushTimeout, pullTimeout, unsureAfter, probeInterval, c);
    }

    /** Connect timeout of every request, read/write timeout of a push (and ping), and of a feed page. */
    public SyncConfig withTimeouts(Duration connect, Duration push, Duration pull) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit, connect,
                push, pull, unsureAfter, probeInterval, clock);
    }

    /** How long a request may wait for its answer before the link is shown as unsure. */
    public SyncConfig withUnsureAfter(Duration d) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit,
                connectTimeout, pushTimeout, pullTimeout, d, probeInterval, clock);
    }

    /** How often an unreachable centre is pinged. */
    public SyncConfig withProbeInterval(Duration d) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit,
                connectTimeout, pushTimeout, pullTimeout, unsureAfter, d, clock);
    }
}
