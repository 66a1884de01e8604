package dev.opentill.sync;

/** A sync step failed for a reason the till can show ({@link #error()}). */
public class SyncException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SyncError error;

    public SyncException(SyncError error, Throwable cause) {
        super(error.toString(), cause);
        this.error = error;
    }

    public SyncError error() {
        return error;
    }
}
