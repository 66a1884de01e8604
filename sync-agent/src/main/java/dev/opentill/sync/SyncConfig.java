package dev.opentill.sync;

import java.time.Clock;
import java.time.Duration;

/**
 * Tuning of the sync agent. The centre's URL and the credential come from the till's
 * store_setting ({@code sync.url}, {@code sync.credential}), written at enrollment.
 */
public record SyncConfig(Duration pullInterval, int pushBatch, int pullPage, Duration backoffBase,
        Duration backoffMax, Duration clockSkewLimit, Duration requestTimeout, Clock clock) {

    public static SyncConfig defaults() {
        return new SyncConfig(Duration.ofSeconds(30), 500, 5000, Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofMinutes(5), Duration.ofSeconds(60), Clock.systemUTC());
    }

    public SyncConfig withPullInterval(Duration d) {
        return new SyncConfig(d, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit, requestTimeout, clock);
    }

    public SyncConfig withBatches(int push, int pull) {
        return new SyncConfig(pullInterval, push, pull, backoffBase, backoffMax, clockSkewLimit, requestTimeout, clock);
    }

    public SyncConfig withBackoff(Duration base, Duration max) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, base, max, clockSkewLimit, requestTimeout, clock);
    }

    public SyncConfig withClock(Clock c) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit,
                requestTimeout, c);
    }

    public SyncConfig withRequestTimeout(Duration d) {
        return new SyncConfig(pullInterval, pushBatch, pullPage, backoffBase, backoffMax, clockSkewLimit, d, clock);
    }
}
