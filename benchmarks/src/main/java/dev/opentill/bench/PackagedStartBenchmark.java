package dev.opentill.bench;

import dev.opentill.demo.DemoData;
import dev.opentill.demo.DemoStoreGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.stream.Stream;

/**
 * {@code packaged_start_to_login_ms}: the packaged till's launcher ({@code bin/opentill} of the
 * jpackage image that {@code -Pdist} builds) started on the 3,000-product demo store, until its
 * window with the login screen is mapped on an X server (Xvfb, polled with {@code xwininfo}). The
 * image is copied and its launcher files pointed at a bench folder instead of /var/lib, /var/cache
 * and /etc; the AppCDS archive is made as the package's postinst makes it. The median of five
 * starts after one unmeasured start, with the archive and, for comparison, without it.
 */
public final class PackagedStartBenchmark {
    private static final int RUNS = Integer.getInteger("bench.packaged.runs", 5);

    private PackagedStartBenchmark() {
    }

    public static void run() throws Exception {
        Path image = image();
        Path dir = Path.of(System.getProperty("bench.dir", "benchmarks/target/bench-data")).toAbsolutePath()
                .resolve("packaged");
        Path app = relocate(image, dir);
        Path data = dir.resolve("data");
        if (!Files.exists(data.resolve("till.mv.db"))) {
            ChildJvm.run("256m", DemoData.class, data.resolve("till").toString(), "--products",
                    Long.toString(DemoStoreGenerator.DEFAULT_PRODUCTS));
        }
        Path archive = dir.resolve("cache/till.jsa");
        Files.deleteIfExists(archive);
        Path scratch = Files.createTempDirectory(dir, "training");
        exec(List.of(app.resolve("bin/opentill-installer").toString(), "--data=" + scratch, "init"),
                "JAVA_TOOL_OPTIONS", "-XX:ArchiveClassesAtExit=" + archive + " -Xlog:cds=off");
        try (Xvfb x = Xvfb.start()) {
            Figures.print("packaged_start_to_login_ms", median(app, data, x), "ms");
            Files.move(archive, dir.resolve("cache/off.jsa"), StandardCopyOption.REPLACE_EXISTING);
            Figures.print("packaged_start_to_login_no_cds_ms", median(app, data, x), "ms");
        }
        Figures.print("load_average_1min",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "load");
    }

    private static Path image() {
        for (String p : List.of(System.getProperty("bench.image", ""), "installer/target/dist/opentill",
                "installer/target/package-it/opentill")) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "bin/opentill"))) {
                return Path.of(p).toAbsolutePath();
            }
        }
        throw new IllegalStateException("No packaged till: build it with ./mvnw -Pdist -pl installer -am package");
    }

    /** A copy of the image whose launchers use {@code dir}'s data, cache and logging settings. */
    private static Path relocate(Path image, Path dir) throws IOException, InterruptedException {
        Path app = dir.resolve("opentill");
        exec(List.of("rm", "-rf", app.toString()));
        Files.createDirectories(dir.resolve("cache"));
        exec(List.of("cp", "-a", image.toString(), app.toString()));
        Files.writeString(dir.resolve("logging.properties"),
                "handlers=" + ConsoleHandler.class.getName() + "\n.level=WARNING\n");
        try (Stream<Path> cfgs = Files.list(app.resolve("lib/app"))) {
            for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                Files.writeString(cfg,
                        Files.readString(cfg).replace("/var/lib/opentill", dir.resolve("data").toString())
                                .replace("/var/cache/opentill", dir.resolve("cache").toString())
                                .replace("/etc/opentill/logging.properties",
                                        dir.resolve("logging.properties").toString()));
            }
        }
        return app;
    }

    private static double median(Path app, Path data, Xvfb x) throws Exception {
        long[] ms = new long[RUNS];
        for (int i = -1; i < RUNS; i++) {
            long t = startToWindow(app, data, x);
            if (i >= 0) {
                ms[i] = t;
            }
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static long startToWindow(Path app, Path data, Xvfb x) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(app.resolve("bin/opentill").toString(), "--lang=en")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", x.display());
        long t0 = System.nanoTime();
        Process till = pb.start();
        try {
            while (!x.viewable("OpenTill")) {
                if (!till.isAlive()) {
                    throw new IllegalStateException("the packaged till exited with " + till.exitValue());
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(90)) {
                    throw new IllegalStateException("no till window within 90 s");
                }
                Thread.sleep(10);
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        } finally {
            till.destroy();
            if (!till.waitFor(20, TimeUnit.SECONDS)) {
                till.destroyForcibly().waitFor();
            }
        }
    }

    private static void exec(List<String> cmd, String... env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).inheritIO();
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(cmd + " exited with " + code);
        }
    }
}
