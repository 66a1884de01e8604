package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.setup.SetupParts;

/** An opened till that the window shows: its parts (or first its setup), closed when the window closes. */
public interface TillOpening extends AutoCloseable {

    TillParts parts();

    /** The setup wizard's parts when this till must be set up before it sells, else null. */
    default SetupParts setupParts() {
        return null;
    }

    @Override
    void close();
}
