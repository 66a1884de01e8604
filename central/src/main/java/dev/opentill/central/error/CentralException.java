package dev.opentill.central.error;

import dev.opentill.core.sync.SyncProtocol.Rejected;
import java.util.List;

/**
 * A request the centre refuses, with why. Services throw it; only the HTTP layer turns the
 * {@link Reason} into a status code and an error body.
 */
public class CentralException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** The request or a record in it is not well formed or not sensible. */
        MALFORMED,
        /** No valid credential or key. */
        UNAUTHORIZED,
        /** A valid caller asking for what it may not do. */
        FORBIDDEN,
        NOT_FOUND,
        /** Clashes with what is already stored. */
        CONFLICT,
        /** Too many attempts in a short time. */
        THROTTLED
    }

    private final Reason reason;
    private final transient List<Rejected> rejected;

    public CentralException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /** A refused push batch, naming each refused event. */
    public CentralException(Reason reason, String message, List<Rejected> rejected) {
        super(message);
        this.reason = reason;
        this.rejected = List.copyOf(rejected);
    }

    public static CentralException malformed(String message) {
        return new CentralException(Reason.MALFORMED, message);
    }

    public static CentralException notFound(String message) {
        return new CentralException(Reason.NOT_FOUND, message);
    }

    public static CentralException conflict(String message) {
        return new CentralException(Reason.CONFLICT, message);
    }

    public static CentralException forbidden(String message) {
        return new CentralException(Reason.FORBIDDEN, message);
    }

    public static CentralException unauthorized(String message) {
        return new CentralException(Reason.UNAUTHORIZED, message);
    }

    public Reason reason() {
        return reason;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
