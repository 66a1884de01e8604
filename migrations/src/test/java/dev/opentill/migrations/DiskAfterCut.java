package dev.opentill.migrations;

import dev.opentill.migrations.CutDisk.Force;
import dev.opentill.migrations.CutDisk.Op;
import dev.opentill.migrations.CutDisk.Truncate;
import dev.opentill.migrations.CutDisk.Write;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The store file as a disk that loses power would leave it: everything up to the last force()
 * before the cut, then a random subset of the operations issued after it, applied in a random
 * order. With {@code tornWrites}, each write counts as separate 4 KiB blocks (a multi-block write
 * is not atomic on a real disk).
 */
final class DiskAfterCut {
    static final int BLOCK = 4096;

    private final List<Op> ops;

    DiskAfterCut(List<Op> ops) {
        this.ops = ops;
    }

    /** The file after a cut that came when ops[0..cut) had been issued; {@code keep} is the chance each later op survives. */
    byte[] image(int cut, Random random, double keep, boolean tornWrites) {
        int lastForce = -1;
        for (int i = 0; i < cut; i++) {
            if (ops.get(i) instanceof Force) {
                lastForce = i;
            }
        }
        Image image = new Image();
        for (int i = 0; i <= lastForce; i++) {
            image.apply(ops.get(i));
        }
        List<Op> pending = new ArrayList<>();
        for (int i = lastForce + 1; i < cut; i++) {
            Op op = ops.get(i);
            if (op instanceof Write w && tornWrites) {
                pending.addAll(blocks(w));
            } else if (op instanceof Write || op instanceof Truncate) {
                pending.add(op);
            }
        }
        pending.removeIf(op -> random.nextDouble() >= keep);
        Collections.shuffle(pending, random);
        pending.forEach(image::apply);
        return image.bytes();
    }

    static void writeTo(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static List<Write> blocks(Write w) {
        List<Write> parts = new ArrayList<>();
        long pos = w.position();
        int off = 0;
        while (off < w.data().length) {
            int len = (int) Math.min(w.data().length - off, BLOCK - (pos % BLOCK));
            parts.add(new Write(pos, Arrays.copyOfRange(w.data(), off, off + len)));
            pos += len;
            off += len;
        }
        return parts;
    }

    private static final class Image {
        private byte[] bytes = new byte[0];
        private int length;

        void apply(Op op) {
            if (op instanceof Write w) {
                int end = Math.toIntExact(w.position() + w.data().length);
                if (end > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
                }
                System.arraycopy(w.data(), 0, bytes, (int) w.position(), w.data().length);
                length = Math.max(length, end);
            } else if (op instanceof Truncate t && t.size() < length) {
                Arrays.fill(bytes, (int) t.size(), length, (byte) 0);
                length = (int) t.size();
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
