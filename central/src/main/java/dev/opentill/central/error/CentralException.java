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
    /** A more precise code for the answer than the reason's (a stored-value refusal, say), or null. */
    private final String code;

    public CentralException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /** A refusal the caller tells apart by {@code code} (one of a protocol's documented codes). */
    public CentralException(Reason reason, String code, String message) {
        super(message);
        this.reason = reason;
        this.rejected = List.of();
        this.code = code;
    }

    /** A refused push batch, naming each refused event. */
    public CentralException(Reason reason, String message, List<Rejected> rejected) {
        super(message);
        this.reason = reason;
        this.rejected = List.copyOf(rejected);
        this.code = null;
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

    /** The answer's code when more precise than the reason's, or null. */
    public String code() {
        return code;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
