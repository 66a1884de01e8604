package dev.opentill.migrations.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The H2 file system the till's store is opened through ({@code forced:}). Before a write lands
 * on space that was on the disk at the last force while later writes are not yet forced, and
 * before a truncate, it forces the file. H2 reuses the space of chunks it no longer needs as soon
 * as RETENTION_TIME has passed, judging "no longer needed" from chunks that may still be only in
 * the page cache; a power cut could keep the overwrite and drop those chunks, and the store would
 * open at an old state with no error. The disk's state is unknown when the file is opened (a
 * crashed process leaves its writes in the page cache), so the first such write forces too.
 *
 * <p>A chunk (one write of several blocks) is written body first, forced, then its first block:
 * a disk keeps any subset of a write's blocks, and H2 accepts a chunk whose first and last
 * blocks it finds, so a cut between them could leave a chunk that H2 opens with holes in it.
 */
public final class ForceBeforeOverwrite extends FilePathWrapper {
    /** H2 file name prefix. */
    public static final String PREFIX = "forced:";
    private static final int BLOCK = 4096;
    /** How an H2 chunk (a block-aligned write) starts: its header, which H2 must find to accept the chunk. */
    private static final byte[] CHUNK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);

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
        /** Bytes below this were in the file at the last force (or at open): they may be all a power cut leaves. */
        private long forcedLength;
        /** Whether anything may have been written since the last force. */
        private boolean unforced = true;

        Channel(FileChannel channel) throws IOException {
            this.channel = channel;
            this.forcedLength = channel.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public synchronized int write(ByteBuffer src) throws IOException {
            beforeWrite(channel.position(), src.remaining());
            return channel.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int length = src.remaining();
            beforeWrite(position, length);
            if (length <= BLOCK || position % BLOCK != 0 || !startsWith(src, CHUNK)) {
                return channel.write(src, position);
            }
            ByteBuffer head = src.duplicate();
            head.limit(head.position() + BLOCK);
            ByteBuffer body = src.duplicate();
            body.position(body.position() + BLOCK);
            writeFully(body, position + BLOCK);
            force(false);
            writeFully(head, position);
            unforced = true;
            src.position(src.limit());
            return length;
        }

        private void writeFully(ByteBuffer buffer, long position) throws IOException {
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }

        private static boolean startsWith(ByteBuffer buffer, byte[] prefix) {
            for (int i = 0; i < prefix.length; i++) {
                if (buffer.get(buffer.position() + i) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private void beforeWrite(long position, int length) throws IOException {
            if (unforced && position < forcedLength) {
                force(false);
            }
            unforced = true;
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
            forcedLength = channel.size();
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
