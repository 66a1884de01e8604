package dev.opentill.app.setup;

import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import dev.opentill.sync.SyncStatus;
import java.util.Locale;
import java.util.function.LongConsumer;

/** One push and pull with the centre, telling {@code received} the feed position as pages are applied. */
@FunctionalInterface
public interface CatalogSync {

    /** Null when it worked, else the sync agent's message in {@code locale}. */
    String run(Locale locale, LongConsumer received);

    /** The sync agent over {@code store}, started for one round and closed again. */
    static CatalogSync over(TillStore store) {
        return (locale, received) -> {
            SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults());
            try {
                agent.addListener(s -> received.accept(s.feedPosition()));
                SyncStatus s = agent.syncNow();
                return s.lastError() == null ? null : s.lastError().message(locale);
            } catch (RuntimeException e) {
                return String.valueOf(e.getMessage());
            } finally {
                agent.close();
            }
        };
    }
}
