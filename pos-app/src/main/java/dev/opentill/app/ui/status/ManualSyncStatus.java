package dev.opentill.app.ui.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A sync status set by hand: for a till without a sync agent, demos and tests. */
public final class ManualSyncStatus implements SyncStatusSource {
    private final List<Consumer<SyncState>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncState state;

    public ManualSyncStatus(SyncState initial) {
        this.state = initial;
    }

    public void set(SyncState next) {
        state = next;
        listeners.forEach(l -> l.accept(next));
    }

    @Override
    public SyncState current() {
        return state;
    }

    @Override
    public void onChange(Consumer<SyncState> listener) {
        listeners.add(listener);
    }
}
