package dev.opentill.sync;

import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sync agent as its own process, for tills whose UI runs elsewhere:
 * {@code SyncDaemon <till-db-base> [enroll <url> <code>]}. Without {@code enroll} it syncs until
 * stopped, printing each status change.
 */
public final class SyncDaemon {
    private SyncDaemon() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length < 1) {
            System.err.println("usage: SyncDaemon <till-db-base> [enroll <central-url> <code>]");
            System.exit(2);
        }
        TillStore store = TillStore.open(Path.of(args[0]));
        if (args.length == 4 && "enroll".equals(args[1])) {
            try {
                var r = Enrollment.enroll(store.dsl(), args[2], args[3], "sync-daemon");
                System.out.println("Enrolled as terminal " + r.terminalCode() + " of store " + r.storeCode());
            } catch (SyncException e) {
                System.err.println(e.error().message(Locale.getDefault()));
                System.exit(1);
            } finally {
                store.close();
            }
            return;
        }
        SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults());
        agent.addListener(s -> System.out.println("sync: online=" + s.online() + " pending=" + s.pendingCount()
                + (s.lastError() == null ? "" : " error=" + s.lastError().message(Locale.getDefault()))));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            store.close();
        }, "sync-daemon-shutdown"));
        agent.start();
        Thread.currentThread().join();
    }
}
