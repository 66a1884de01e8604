package dev.opentill.migrations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.List;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code cutdisk:}) that passes everything to the real disk and records, for
 * the store file ({@code .mv.db}), every write, truncate and force in the order they reached the
 * disk, into the {@link Journal} set with {@link #record}. {@link Journal} then builds "the disk
 * after a power cut" at any point of that history.
 */
public final class CutDisk extends FilePathWrapper {
    /** Prefix for an H2 file name (and for {@link TillStore#openThrough}). */
    public static final String PREFIX = "cutdisk:";
    private static volatile Journal journal = new Journal();

    static {
        FilePath.register(new CutDisk());
    }

    /** Records the store file's operations into {@code j} from now on; returns the prefix to open through. */
    public static String record(Journal j) {
        journal = j;
        return PREFIX;
    }

    @Override
    public String getScheme() {
        return "cutdisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        return name.endsWith(".mv.db") ? new RecordingChannel(channel, journal) : channel;
    }

    /** One operation that reached the file, or a mark the test set between them. */
    public sealed interface Op permits Write, Truncate, Force, Mark {
    }

    public record Write(long position, byte[] data) implements Op {
    }

    public record Truncate(long size) implements Op {
    }

    public record Force() implements Op {
    }

    /** Not a disk operation: something the writer reported (e.g. "sale 12 is durable") at this point. */
    public record Mark(String label) implements Op {
    }

    /** The store file's history across process lives (a crash keeps the page cache: nothing is lost until a cut). */
    public static final class Journal {
        private final List<Op> ops = new ArrayList<>();

        synchronized void add(Op op) {
            ops.add(op);
        }

        public void mark(String label) {
            add(new Mark(label));
        }

        public synchronized List<Op> ops() {
            return List.copyOf(ops);
        }
    }

    private static final class RecordingChannel extends FileBase {
        private final FileChannel channel;
        private final Journal journal;

        RecordingChannel(FileChannel channel, Journal journal) {
            this.channel = channel;
            this.journal = journal;
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
        public int write(ByteBuffer src) throws IOException {
            synchronized (journal) {
                return write(src, channel.position(), true);
            }
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            synchronized (journal) {
                return write(src, position, false);
            }
        }

        private int write(ByteBuffer src, long position, boolean advance) throws IOException {
            ByteBuffer copy = src.duplicate();
            int n = advance ? channel.write(src) : channel.write(src, position);
            byte[] data = new byte[n];
            copy.get(data);
            journal.add(new Write(position, data));
            return n;
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
        public FileChannel truncate(long size) throws IOException {
            synchronized (journal) {
                if (size < channel.size()) {
                    journal.add(new Truncate(size));
                }
                channel.truncate(size);
            }
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            synchronized (journal) {
                channel.force(metaData);
                journal.add(new Force());
            }
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
