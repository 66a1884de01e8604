package dev.opentill.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Copies the pristine store for a run and waits until the copy is on the disk: otherwise the kernel
 * writes hundreds of megabytes back while the run measures, and every fsync of the run waits behind it.
 */
final class StoreCopy {
    private StoreCopy() {
    }

    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel c = FileChannel.open(to, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }
}
