package dev.opentill.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of this jar in a fresh JVM with its own heap limit, passing its output through. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static void run(String heap, Class<?> main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-Xmx" + heap);
        // The suite's own settings (-Dbench.*) reach the child that reads them.
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("bench.")) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + code);
        }
    }
}
