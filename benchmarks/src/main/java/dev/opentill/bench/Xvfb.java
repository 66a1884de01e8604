package dev.opentill.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A virtual X server on a free display number, and the one question the benchmark asks it. */
final class Xvfb implements AutoCloseable {
    private final Process server;
    private final String display;

    private Xvfb(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    static Xvfb start() throws IOException, InterruptedException {
        int n = 90;
        while (Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        String display = ":" + n;
        Process p = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Xvfb x = new Xvfb(p, display);
        for (int i = 0; i < 200 && !x.answers(); i++) {
            Thread.sleep(50);
        }
        if (!x.answers()) {
            x.close();
            throw new IllegalStateException("Xvfb did not start on " + display + " (apt-get install xvfb x11-utils)");
        }
        return x;
    }

    /** Whether Xvfb and xwininfo are on the PATH. */
    static boolean installed() {
        for (String tool : List.of("Xvfb", "xwininfo")) {
            boolean found = false;
            for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
                found |= Files.isExecutable(Path.of(d, tool));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    String display() {
        return display;
    }

    /** Whether a window with this name is mapped and viewable. */
    boolean viewable(String name) throws IOException, InterruptedException {
        return xwininfo(List.of("-name", name)).contains("IsViewable");
    }

    private boolean answers() throws IOException, InterruptedException {
        return xwininfo(List.of("-root")).contains("IsViewable");
    }

    private String xwininfo(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xwininfo", "-display", display);
        pb.command().addAll(args);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() {
        server.destroy();
    }
}
