package dev.opentill.migrations.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 */
public final class ForceBeforeOverwrite extends FilePathWrapper {
    /** H2 file name prefix. */
    public static final String PREFIX = "forced:";
    /** H2 writes its two store header blocks in place and falls back to a scan when they point nowhere. */
    private static final long HEADER_BYTES = 2 * 4096;

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
            beforeWrite(position, src.remaining());
            return channel.write(src, position);
        }

        private void beforeWrite(long position, int length) throws IOException {
            if (unforced && position < forcedLength && position + length > HEADER_BYTES) {
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
