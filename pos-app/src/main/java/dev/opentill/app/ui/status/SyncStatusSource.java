package dev.opentill.app.ui.status;

import java.util.function.Consumer;

/** The sync agent's state as the till sees it; listeners may be called on any thread. */
public interface SyncStatusSource {
    SyncState current();

    void onChange(Consumer<SyncState> listener);
}
