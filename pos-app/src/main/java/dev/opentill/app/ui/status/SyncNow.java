package dev.opentill.app.ui.status;

import java.util.function.Consumer;

/**
 * The manager's "sync now": pushes every waiting event and pulls the feed at once, telling its
 * progress (pending count, link, last error) as it goes. Supplied only where the till has a sync
 * agent, i.e. is enrolled with a centre.
 */
@FunctionalInterface
public interface SyncNow {

    /**
     * Runs one push and pull now and blocks until it is done or failed; {@code progress} hears each
     * change of state on any thread while it runs. Returns the state once it has ended.
     */
    SyncState run(Consumer<SyncState> progress);
}
