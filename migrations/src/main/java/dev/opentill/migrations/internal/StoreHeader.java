package dev.opentill.migrations.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * H2's MVStore text records as they lie in the file (format 2/3 of H2 2.x): the store header, two
 * copies of {@code key:hex,...,fletcher:checksum} in blocks 0 and 1, and the first line of each
 * chunk, {@code chunk:id,block:...,version:...}. Values are hexadecimal.
 */
public final class StoreHeader {
    static final int BLOCK = 4096;
    private static final String CHECKSUM = "fletcher";
    private static final byte[] CHUNK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HEADER = "H:".getBytes(StandardCharsets.ISO_8859_1);

    private StoreHeader() {
    }

    /**
     * Whether a cleanly closed file ends before the chunk its store header points at: the file was
     * cut short (H2 would open an older state found earlier in the file, with no error). False
     * when the header cannot be read (H2 then reports the file itself) or was not closed cleanly
     * (H2's recovery then looks for the newest complete state).
     */
    public static boolean isCutShort(Path data) throws IOException {
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ)) {
            ByteBuffer first = ByteBuffer.allocate(BLOCK);
            channel.read(first, 0);
            Map<String, String> header = parse(first.array());
            if (header == null || !"1".equals(header.get("clean")) || !header.containsKey("block")) {
                return false;
            }
            long block = Long.parseLong(header.get("block"), 16);
            ByteBuffer line = ByteBuffer.allocate(1024);
            if (channel.read(line, block * BLOCK) <= 0 || !isChunk(line.flip())) {
                return true;
            }
            Map<String, String> chunk = DataUtils.parseMap(firstLine(line));
            return channel.size() < (block + Long.parseLong(chunk.get("len"), 16)) * BLOCK;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** A chunk as its first line names it, found at {@code block}. */
    record Chunk(int id, long block, long version) {
    }

    static boolean isChunk(ByteBuffer buffer) {
        return startsWith(buffer, CHUNK);
    }

    static boolean isHeader(ByteBuffer buffer) {
        return startsWith(buffer, HEADER);
    }

    /** The chunk whose first line starts {@code buffer} (already known to be one), placed at {@code block}; null if unreadable. */
    static Chunk chunk(ByteBuffer buffer, long block) {
        try {
            ByteBuffer line = buffer.duplicate();
            line.limit(line.position() + Math.min(line.remaining(), 1024));
            Map<String, String> map = DataUtils.parseMap(firstLine(line));
            return new Chunk(Integer.parseInt(map.get("chunk"), 16), block, Long.parseLong(map.get("version"), 16));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One header copy as a map, or null if it is damaged (checksum). */
    static Map<String, String> parse(byte[] block) {
        int start = 0;
        int end = block.length;
        while (start < end && block[start] <= ' ') {
            start++;
        }
        while (end > start && block[end - 1] <= ' ') {
            end--;
        }
        String text = new String(block, start, end - start, StandardCharsets.ISO_8859_1);
        int comma = text.lastIndexOf("," + CHECKSUM + ":");
        try {
            if (comma < 0 || Long.parseLong(text.substring(comma + CHECKSUM.length() + 2), 16) != Integer
                    .toUnsignedLong(DataUtils.getFletcher32(block, start, comma))) {
                return null;
            }
            return DataUtils.parseMap(text.substring(0, comma));
        } catch (NumberFormatException | MVStoreException e) {
            return null;
        }
    }

    /** Both header copies, as H2 writes them, for {@code header} pointing at {@code chunk} and not marked clean. */
    static ByteBuffer pointingAt(Map<String, String> header, Chunk chunk) {
        Map<String, String> map = new HashMap<>(header);
        map.remove("clean");
        map.put("block", Long.toHexString(chunk.block()));
        map.put("chunk", Integer.toHexString(chunk.id()));
        map.put("version", Long.toHexString(chunk.version()));
        StringBuilder text = new StringBuilder();
        map.forEach((key, value) -> DataUtils.appendMap(text, key, value));
        byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        DataUtils.appendMap(text, CHECKSUM, DataUtils.getFletcher32(bytes, 0, bytes.length));
        text.append('\n');
        bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer both = ByteBuffer.allocate(2 * BLOCK);
        both.put(bytes).position(BLOCK);
        both.put(bytes).rewind();
        return both;
    }

    private static boolean startsWith(ByteBuffer buffer, byte[] prefix) {
        if (buffer.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer.get(buffer.position() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
