package dev.opentill.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What one synchronous 4 KiB write costs in a folder: the unit the durable figures are divided by,
 * since machines differ by more than the code does. A preallocated 4 MiB file is overwritten 4 KiB
 * at a time, each write followed by {@code force(false)} (fdatasync), as the open-ticket journal does.
 */
final class FsyncProbe {
    private static final int BLOCK = 4096;
    private static final int BLOCKS = 1024;

    private FsyncProbe() {
    }

    /** Nanosecond samples of {@code samples} synchronous 4 KiB writes in {@code folder}. */
    static long[] measure(Path folder, int samples) throws IOException {
        Path file = folder.resolve("fsync-probe.bin");
        long[] nanos = new long[samples];
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            for (int i = 0; i < BLOCKS; i++) {
                c.write(block.clear(), (long) i * BLOCK);
            }
            c.force(true);
            for (int i = 0; i < samples; i++) {
                block.clear().putLong(0, i);
                long t0 = System.nanoTime();
                c.write(block, (long) (i % BLOCKS) * BLOCK);
                c.force(false);
                nanos[i] = System.nanoTime() - t0;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return nanos;
    }
}
