package dev.opentill.installer;

/** What the installer's exit status means, for roll-out scripts. */
final class ExitCode {
    /** Done (or already done: a repeated setup changes nothing). */
    static final int OK = 0;
    /** Refused: a bad value, a device that failed its test, a health check that found a problem. */
    static final int REFUSED = 1;
    /** The command line is wrong; the usage is printed. */
    static final int USAGE = 2;
    /** The centre refused the enrollment code (wrong, used or expired); nothing was changed. */
    static final int ENROLLMENT_REFUSED = 3;
    /** The centre could not be reached; nothing was changed, run the same command again. */
    static final int UNREACHABLE = 4;

    private ExitCode() {
    }
}
