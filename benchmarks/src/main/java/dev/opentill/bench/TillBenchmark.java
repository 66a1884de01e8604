package dev.opentill.bench;

import dev.opentill.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The till's figures on a 1,000,000-product store: scan-to-saved-ticket and durable completion
 * latencies, cold start, heap, and whether 10,000 sales in a row degrade. Every part runs in a
 * child JVM with {@code -Xmx256m}, as the issue asks.
 */
public final class TillBenchmark {
    static final long PRODUCTS = Long.getLong("bench.products", 1_000_000L);

    private TillBenchmark() {
    }

    public static void run() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "benchmarks/target/bench-data"));
        Path pristine = dir.resolve("till-" + PRODUCTS + "/till");
        if (!Files.exists(Path.of(pristine + ".mv.db"))) {
            long t0 = System.nanoTime();
            ChildJvm.run("256m", DemoData.class, pristine.toString(), "--products", Long.toString(PRODUCTS));
            Figures.print("catalog_generate_s", (System.nanoTime() - t0) / 1e9, "s");
        }
        PristineStore.prepare(pristine);
        Path run = dir.resolve("run/till");
        Files.createDirectories(run.getParent());
        StoreCopy.copy(Path.of(pristine + ".mv.db"), Path.of(run + ".mv.db"));
        Files.deleteIfExists(Path.of(run + ".ticket")); // the open-ticket journal of an earlier run
        ChildJvm.run("256m", ColdStart.class, run.toString());
        ChildJvm.run("256m", TillScenario.class, run.toString());
    }
}
