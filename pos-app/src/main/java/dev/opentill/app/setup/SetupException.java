package dev.opentill.app.setup;

import java.util.Arrays;
import java.util.List;

/**
 * A setup step refused, with nothing written: the reason as a code (shown as
 * {@code setup.error.<REASON>} by the wizard, as the installer's own line by the command) and the
 * details that message names. An enrollment failure carries the sync agent's error as its cause.
 */
public final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a step was refused. */
    public enum Reason {
        /** The centre refused the code (wrong, used or expired). */
        CODE_REFUSED,
        /** The centre did not answer at the URL given. */
        UNREACHABLE,
        /** The URL or the centre's answer was wrong in another way (detail). */
        ENROLL_FAILED,
        /** A QR code that is not the centre's enrollment code. */
        BAD_QR,
        /** Already enrolled with another centre (its URL, the one given). */
        ENROLLED_ELSEWHERE,
        /** No URL and code given to a till not yet enrolled. */
        NEEDS_ENROLLMENT,
        /** A device that cannot be built as given (kind, detail). */
        DEVICE_REFUSED,
        /** Nobody can manage this till yet. */
        NO_MANAGER
    }

    private final Reason reason;
    private final transient List<String> args;

    public SetupException(Reason reason, Throwable cause, Object... args) {
        super(reason + " " + Arrays.toString(args), cause);
        this.reason = reason;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public SetupException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
