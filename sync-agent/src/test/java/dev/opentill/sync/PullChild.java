package dev.opentill.sync;

import dev.opentill.migrations.TillStore;
import java.nio.file.Path;

/** A till process that only pulls the feed; the fault tests kill it with SIGKILL mid-download. */
public final class PullChild {
    private PullChild() {
    }

    public static void main(String[] args) {
        try (TillStore store = TillStore.open(Path.of(args[0]));
                SyncAgent agent = SyncAgent.create(store, TillFixture.testConfig().withBatches(100,
                        Integer.parseInt(args[1])))) {
            System.out.println("pulling");
            System.out.println(agent.syncNow());
        }
    }
}
