package dev.opentill.bench;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.migrations.TillStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

/** Child JVM: from process start to the store opened, migrated, and the first lookup served. */
public final class ColdStart {
    public static void main(String[] args) {
        try (TillStore store = TillStore.open(Path.of(args[0]))) {
            TillConfig config = TillConfig.load(store.dsl());
            var catalog = new CatalogRepository(store.dsl(), config.currency(), Clock.systemUTC());
            String code = TillScenario.sampleBarcodes(store.dsl(), 1).get(0);
            if (catalog.byCode(code).isEmpty()) {
                throw new IllegalStateException("first lookup found nothing for " + code);
            }
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Figures.print("cold_start_ms", ms, "ms");
        }
    }
}
