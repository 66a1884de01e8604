package dev.opentill.migrations;

/** The till's store could not be opened; {@link #reason()} says why in a way the UI can translate. */
public final class StoreOpenException extends RuntimeException {
    public enum Reason {
        /** Another process (usually a second till instance) holds the database file. */
        LOCKED,
        /** The file was written by a newer version of the software; it is left untouched. */
        TOO_NEW,
        /** The file is damaged, is not a database, or a migration failed; the message names the file. */
        UNREADABLE,
        /** The data file is gone though the marker beside it says this till created a store there. */
        MISSING,
        /** The data file has zero bytes (H2 would open it as a new empty store). */
        EMPTY,
        /** The data folder or file cannot be written (permissions, or a read-only disk). */
        READ_ONLY
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
