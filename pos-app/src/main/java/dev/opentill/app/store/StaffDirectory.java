package dev.opentill.app.store;

/**
 * What the till's setup asks of its staff list. The setup wizard and {@code installer setup}
 * refuse to finish until {@link #aManagerCanLogIn()}: a till nobody can manage is not set up.
 */
public interface StaffDirectory {
    /**
     * Whether at least one enabled manager can log in at this till now: on its staff list (from the
     * centre's feed, or the demo), enabled, with a usable PIN hash, and not locked out. A temporary
     * PIN counts (they choose their own at that login).
     */
    boolean aManagerCanLogIn();
}
