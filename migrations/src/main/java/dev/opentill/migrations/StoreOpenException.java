package dev.opentill.migrations;

/** The till's store could not be opened; {@link #reason()} says why in a way the UI can translate. */
public final class StoreOpenException extends RuntimeException {
    public enum Reason {
        /** Another process (usually a second till instance) holds the database file. */
        LOCKED,
        /** The file was written by a newer version of the software; it is left untouched. */
        TOO_NEW,
        /** The file is not a readable database or a migration failed. */
        UNREADABLE
    }

    private final Reason reason;

    public StoreOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
