package dev.opentill.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * What the till shows about sync: the link to the centre, when it last fully succeeded, how many
 * events wait (and the oldest one's age), how many the centre rejected, and the last error (null
 * when the last attempt succeeded with no warning).
 */
public record SyncStatus(Link link, Instant lastSuccess, long pendingCount, Duration oldestPendingAge,
        long rejectedCount, long feedPosition, SyncError lastError) {

    /** The link as last seen: the centre answered, a request has waited unusually long, or no answer. */
    public enum Link {
        ONLINE,
        /** A request has waited longer than {@link SyncConfig#unsureAfter()}: the centre may be gone. */
        UNSURE,
        OFFLINE
    }

    public static SyncStatus initial() {
        return new SyncStatus(Link.OFFLINE, null, 0, Duration.ZERO, 0, 0, null);
    }

    /** True only when the centre answered the last request and none has been waiting long since. */
    public boolean online() {
        return link == Link.ONLINE;
    }

    public boolean unsure() {
        return link == Link.UNSURE;
    }
}
