package dev.opentill.bench;

import dev.opentill.demo.DemoData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The till window's figures on the large demo store, measured in a child JVM under headless
 * Monocle: {@code start_to_login_ms} (process start to the login screen laid out) and
 * {@code scan_to_screen_p99_ms} (a scan event to its line laid out in the ticket list); where Xvfb is
 * installed, the same again in a real X window ({@code start_to_login_xvfb_ms},
 * {@code scan_to_screen_xvfb_p99_ms}).
 */
public final class UiBenchmark {
    static final String[] HEADLESS = {"-Dtestfx.headless=true", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"};

    private UiBenchmark() {
    }

    public static void run() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "benchmarks/target/bench-data"));
        Path pristine = dir.resolve("till-" + TillBenchmark.PRODUCTS + "/till");
        if (!Files.exists(Path.of(pristine + ".mv.db"))) {
            ChildJvm.run("256m", DemoData.class, pristine.toString(), "--products",
                    Long.toString(TillBenchmark.PRODUCTS));
        }
        PristineStore.prepare(pristine);
        Path run = dir.resolve("ui-run/data");
        Files.createDirectories(run);
        StoreCopy.copy(Path.of(pristine + ".mv.db"), run.resolve("till.mv.db"));
        Files.deleteIfExists(run.resolve("till.ticket")); // the open-ticket journal of an earlier run
        probe(run, List.of(HEADLESS), null);
        if (Xvfb.installed()) {
            // The same probe in a real X window: GTK glass, software rendering, one 1280x800 screen.
            StoreCopy.copy(Path.of(pristine + ".mv.db"), run.resolve("till.mv.db"));
            Files.deleteIfExists(run.resolve("till.ticket"));
            try (Xvfb x = Xvfb.start()) {
                probe(run, List.of("-Dprism.order=sw", "-Dbench.ui.window=_xvfb", "-Dorg.jooq.no-logo=true",
                        "-Dorg.jooq.no-tips=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"), x.display());
            }
        }
    }

    private static void probe(Path run, List<String> flags, String display) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-Xmx256m");
        cmd.addAll(flags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(UiProbe.class.getName());
        cmd.add(run.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("UiProbe exited with " + p.exitValue());
        }
    }
}
