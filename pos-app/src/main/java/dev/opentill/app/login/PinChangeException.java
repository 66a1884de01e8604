package dev.opentill.app.login;

/** A PIN change or reset refused, with why; nothing was changed. */
public final class PinChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why; {@link #BAD_PIN} carries the {@code PinRules} problem as its detail. */
    public enum Reason {
        BAD_PIN,
        SAME_AS_OLD,
        UNKNOWN_STAFF,
        NOT_AUTHORISED,
        APPROVER_LOCKED
    }

    private final Reason reason;
    private final String detail;

    public PinChangeException(Reason reason, String detail, String message) {
        super(message);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The PIN rule broken for {@link Reason#BAD_PIN} ({@code too_short}, ...); null otherwise. */
    public String detail() {
        return detail;
    }
}
