package dev.opentill.migrations;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data folder that becomes read-only for this process on {@link #seal()}: by its permissions,
 * or, when the tests run as root (who writes through permissions), as a tmpfs remounted read-only.
 */
final class ReadOnlyFolder implements AutoCloseable {
    private final Path path;
    private final boolean mounted;

    private ReadOnlyFolder(Path path, boolean mounted) {
        this.path = path;
        this.mounted = mounted;
    }

    static ReadOnlyFolder at(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path);
        boolean root = ((Integer) Files.getAttribute(path, "unix:uid")) == 0;
        if (root) {
            assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", path.toString()),
                    "root may not mount here");
        }
        return new ReadOnlyFolder(path, root);
    }

    Path path() {
        return path;
    }

    void seal() throws IOException, InterruptedException {
        if (mounted) {
            if (!run("mount", "-o", "remount,ro", path.toString())) {
                throw new IllegalStateException("cannot remount " + path + " read-only");
            }
            return;
        }
        for (Path p : contents()) {
            Files.setPosixFilePermissions(p,
                    PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-x------" : "r--------"));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            run("umount", "-l", path.toString());
            return;
        }
        for (Path p : contents()) {
            Files.setPosixFilePermissions(p,
                    PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
    }

    private List<Path> contents() throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.toList();
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}
