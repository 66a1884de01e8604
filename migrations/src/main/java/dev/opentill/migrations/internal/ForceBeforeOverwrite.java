package dev.opentill.migrations.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.opentill.migrations.internal.StoreHeader.Chunk;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The H2 file system the till's store is opened through ({@code forced:}). Before any write that
 * does not only append to the file, and before a truncate, it forces what was written since the
 * last force. H2 reuses the space of chunks it no longer needs as soon as RETENTION_TIME has
 * passed, judging "no longer needed" from chunks that may still be only in the page cache; a
 * power cut could keep the overwrite and drop those chunks, and the store would open at an old
 * state with no error. The disk's state is unknown when the file is opened (a crashed process
 * leaves its writes in the page cache), so the first such write after opening forces too.
 *
 * <p>A chunk (one write of several blocks) is written body first, forced, then its first block:
 * a disk keeps any subset of a write's blocks, and H2 accepts a chunk whose first and last
 * blocks it finds, so a cut between them could leave a chunk that H2 opens with holes in it.
 *
 * <p>Before an overwrite it also makes the store header on disk point at the newest chunk. After
 * a crash H2 follows the chain of chunks from the header (each names where the next will go);
 * H2 rewrites the header only after the chunk that reuses a chain link's space, so a cut between
 * the two left a broken chain, and H2 opened the store at the older state before the break, with
 * no error. At open, the newest chunk is the one H2 read that precedes its first new chunk.
 */
public final class ForceBeforeOverwrite extends FilePathWrapper {
    /** H2 file name prefix. */
    public static final String PREFIX = "forced:";
    private static final int BLOCK = StoreHeader.BLOCK;

    static {
        FilePath.register(new ForceBeforeOverwrite());
    }

    /** Makes sure the file system is registered with H2 and returns its prefix. */
    public static String prefix() {
        return PREFIX;
    }

    @Override
    public String getScheme() {
        return "forced";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        return "r".equals(mode) ? channel : new Channel(channel);
    }

    private static final class Channel extends FileBase {
        private final FileChannel channel;
        /** Whether anything may have been written since the last force (at open: by a process that crashed). */
        private boolean unforced = true;
        /** The store header last written (or found at open), and the newest chunk written or, at open, read. */
        private Map<String, String> header;
        private Chunk headerChunk;
        private Chunk newest;
        private final Map<Integer, Chunk> chunksRead = new ConcurrentHashMap<>();

        Channel(FileChannel channel) throws IOException {
            this.channel = channel;
            if (channel.size() >= 2 * BLOCK) {
                ByteBuffer first = ByteBuffer.allocate(BLOCK);
                channel.read(first, 0);
                noteHeader(first.array());
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        /** Remembers the chunks H2 reads while it opens the store: the newest of them is where its state is. */
        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            int start = dst.position();
            int n = channel.read(dst, position);
            if (newest == null && n > 0 && position % BLOCK == 0) {
                ByteBuffer read = dst.duplicate().flip().position(start);
                if (StoreHeader.isChunk(read)) {
                    Chunk chunk = StoreHeader.chunk(read, position / BLOCK);
                    if (chunk != null) {
                        chunksRead.put(chunk.id(), chunk);
                    }
                }
            }
            return n;
        }

        @Override
        public synchronized int write(ByteBuffer src) throws IOException {
            return write(src, channel.position());
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int length = src.remaining();
            boolean isHeader = position == 0 && StoreHeader.isHeader(src);
            Chunk chunk = position % BLOCK == 0 && StoreHeader.isChunk(src)
                    ? StoreHeader.chunk(src, position / BLOCK)
                    : null;
            if (chunk != null && newest == null) {
                // The first chunk of this session, with no header written before it: H2 numbers it after its last chunk.
                Chunk last = chunksRead.get(chunk.id() - 1);
                newest = last != null && last.version() == chunk.version() - 1 ? last : null;
            }
            if (position < channel.size()) {
                if (unforced) {
                    force(false);
                }
                if (!isHeader && header != null && newest != null && !newest.equals(headerChunk)) {
                    writeFully(StoreHeader.pointingAt(header, newest), 0);
                    headerChunk = newest;
                    force(false);
                }
            }
            if (chunk == null || length <= BLOCK) {
                writeFully(src.duplicate(), position);
            } else {
                writeFully(src.duplicate().position(src.position() + BLOCK), position + BLOCK);
                force(false);
                writeFully(src.duplicate().limit(src.position() + BLOCK), position);
            }
            unforced = true;
            if (isHeader) {
                byte[] first = new byte[BLOCK];
                src.duplicate().get(first);
                noteHeader(first);
                if (headerChunk != null && (newest == null || headerChunk.version() >= newest.version())) {
                    newest = headerChunk;
                }
            }
            if (chunk != null && (newest == null || chunk.version() >= newest.version())) {
                newest = chunk;
            }
            src.position(src.limit());
            return length;
        }

        private void noteHeader(byte[] block) {
            Map<String, String> map = StoreHeader.parse(block);
            if (map != null && map.containsKey("chunk") && map.containsKey("block") && map.containsKey("version")) {
                header = map;
                headerChunk = new Chunk(Integer.parseInt(map.get("chunk"), 16), Long.parseLong(map.get("block"), 16),
                        Long.parseLong(map.get("version"), 16));
            }
        }

        private void writeFully(ByteBuffer buffer, long position) throws IOException {
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }

        @Override
        public synchronized FileChannel truncate(long size) throws IOException {
            if (unforced) {
                force(false);
            }
            channel.truncate(size);
            unforced = true;
            return this;
        }

        @Override
        public synchronized void force(boolean metaData) throws IOException {
            channel.force(metaData);
            unforced = false;
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
