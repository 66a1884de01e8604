package dev.opentill.bench;

import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Child JVM: brings a generated store to the current schema and compacts it, once per run, so
 * each measured copy is what an installed till opens (migrated, compact) and not a store the
 * generator left in many chunks or at an older schema version.
 */
public final class PristineStore {
    private PristineStore() {
    }

    public static void main(String[] args) {
        try (TillStore store = TillStore.open(Path.of(args[0]))) {
            store.compact(Duration.ofMinutes(3));
            store.syncToDisk();
        }
    }

    /** Runs {@link #main} on {@code base} in a child JVM. */
    static void prepare(Path base) throws Exception {
        ChildJvm.run("256m", PristineStore.class, base.toString());
    }
}
