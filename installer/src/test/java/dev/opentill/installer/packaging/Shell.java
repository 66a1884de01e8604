package dev.opentill.installer.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end and answers its exit code and its output (standard error merged in). */
record Shell(int exit, String output) {

    static Shell run(List<String> command) {
        return run(command, Map.of(), null);
    }

    static Shell run(List<String> command, Map<String, String> env, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Path log = Files.createTempFile("shell", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Shell(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean has(String tool) {
        return run(List.of("sh", "-c", "command -v " + tool)).exit() == 0;
    }

    /** The output, checked to come from a successful run. */
    String ok() {
        if (exit != 0) {
            throw new AssertionError("exit " + exit + ":\n" + output);
        }
        return output;
    }
}
