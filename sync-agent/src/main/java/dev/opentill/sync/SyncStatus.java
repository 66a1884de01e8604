package dev.opentill.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * What the till shows about sync: whether the centre answered the last attempt, when it last
 * fully succeeded, how many events wait (and the oldest one's age), how many the centre
 * rejected, and the last error (null when the last attempt succeeded with no warning).
 */
public record SyncStatus(boolean online, Instant lastSuccess, long pendingCount, Duration oldestPendingAge,
        long rejectedCount, long feedPosition, SyncError lastError) {

    public static SyncStatus initial() {
        return new SyncStatus(false, null, 0, Duration.ZERO, 0, 0, null);
    }
}
