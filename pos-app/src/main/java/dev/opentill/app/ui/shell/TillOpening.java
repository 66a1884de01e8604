package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.setup.SetupParts;

/** An opened till that the window shows: its parts (or first its setup), closed when the window closes. */
public interface TillOpening extends AutoCloseable {

    TillParts parts();

    /** The setup wizard's parts when this till must be set up before it sells, else null. */
    default SetupParts setupParts() {
        return null;
    }

    /**
     * The setup wizard's parts for a manager who opens it again on a till that sells (to change or
     * test devices): the till's own devices are let go first, so the wizard's live tests can open
     * their ports; the till is opened again when the wizard finishes. Null where it cannot be.
     */
    default SetupParts setupAgain() {
        return null;
    }

    @Override
    void close();
}
