package dev.opentill.app.ui.status;

/** What the status bar shows of sync: reachable centre or not, sales waiting to go, last error. */
public record SyncState(boolean online, long pending, String lastError) {
    public static final SyncState UNKNOWN = new SyncState(false, 0, null);
}
