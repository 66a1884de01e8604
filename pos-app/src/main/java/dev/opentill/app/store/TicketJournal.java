package dev.opentill.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The open ticket's durable save: a small preallocated file of records, each written at the next
 * 4 KiB boundary and fsynced (one synchronous write per change, with no file-size change to log),
 * instead of a row rewritten in H2 and a checkpoint of the whole store on every scan.
 *
 * <p>A record is {@code magic, seq, length, crc, payload}; at open every 4 KiB boundary is read
 * and the valid record with the highest seq is the current one. Writes go on after the last
 * record and wrap to the start when the next does not fit; a record never exceeds a third of the
 * file (the file grows first), so the write in progress can never overlap the last record already
 * on disk, and a torn write (a power cut inside it) fails its checksum and leaves the record
 * before it current. {@code seq} only grows, so stale records elsewhere in the file are older.
 *
 * <p>Completed sales are journaled too ({@link #appendSale}): a sale is durable once its record is,
 * and the store catches up later (see ARCHITECTURE.md, "Durability"). A sale record must not be
 * overwritten before the store holds that sale on disk: such records are <em>pending</em> until
 * {@link #markDurable}, and a write that would land on one first runs the
 * {@linkplain #onPendingOverwrite hook} that makes the store durable.
 */
final class TicketJournal implements AutoCloseable {
    static final int BLOCK = 4096;
    static final int HEADER = 20;
    private static final int MAGIC = 0x4f544a31; // "OTJ1": the open ticket
    private static final int SALE_MAGIC = 0x4f545331; // "OTS1": a completed sale
    private static final int INITIAL_BLOCKS = 1024; // 4 MiB: room for many sales between store syncs

    /** A record: its sequence number and its payload (a ticket record's empty payload: no ticket). */
    record Entry(long seq, byte[] payload) {
    }

    /** Where a sale record lies, while the store may not hold its sale on disk yet. */
    private record Slot(long offset, long size) {
        boolean overlaps(long at, long length) {
            return at < offset + size && offset < at + length;
        }
    }

    private final Path path;
    private final boolean durable;
    private FileChannel channel;
    private long capacity;
    private long next;
    private long lastSeq;
    private Entry last;
    private final List<Entry> sales = new ArrayList<>();
    private final TreeMap<Long, Slot> pending = new TreeMap<>();
    private long committedSale;
    private volatile long lastAppendNanos = System.nanoTime();
    private Runnable onPendingOverwrite;
    private Runnable onPendingAhead;

    private TicketJournal(Path path, boolean durable) {
        this.path = path;
        this.durable = durable;
    }

    /** Opens (or creates, preallocated) the journal at {@code path} and finds its current record. */
    static TicketJournal open(Path path, boolean durable) {
        TicketJournal j = new TicketJournal(path, durable);
        try {
            if (!Files.exists(path)) {
                j.create(path, INITIAL_BLOCKS * (long) BLOCK, null);
            }
            j.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            j.capacity = j.channel.size() / BLOCK * BLOCK;
            j.scan();
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException("The open ticket's journal " + path + " cannot be opened", e);
        }
    }

    /** The ticket record with the highest seq found at open or written since, if any. */
    Optional<Entry> last() {
        return Optional.ofNullable(last);
    }

    /** The sale records found at open with a seq above {@code seq}, oldest first. */
    synchronized List<Entry> salesAfter(long seq) {
        return sales.stream().filter(e -> e.seq() > seq).sorted((a, b) -> Long.compare(a.seq(), b.seq())).toList();
    }

    /**
     * Sets what runs before a write would land on a pending sale record: it must make the store
     * durable and call {@link #markDurable}.
     */
    synchronized void onPendingOverwrite(Runnable hook) {
        this.onPendingOverwrite = hook;
    }

    /**
     * Sets what runs (it must not block) when the writes have come within half the file of a pending
     * sale record: a chance to make the store durable in the background before a write has to wait.
     */
    synchronized void onPendingAhead(Runnable hook) {
        this.onPendingAhead = hook;
    }

    /** The sale of record {@code seq} is committed in the store (not yet necessarily on its disk). */
    synchronized void committed(long seq) {
        committedSale = Math.max(committedSale, seq);
    }

    /** The highest sale record whose sale the store has committed. */
    synchronized long committedSale() {
        return committedSale;
    }

    /** The store holds every sale through record {@code seq} on disk: their records may be overwritten. */
    synchronized void markDurable(long seq) {
        pending.headMap(seq, true).clear();
        sales.removeIf(e -> e.seq() <= seq);
    }

    /** Whether some sale record still waits for the store to reach the disk. */
    synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Nanoseconds ({@link System#nanoTime()}) of the last record written. */
    long lastAppendNanos() {
        return lastAppendNanos;
    }

    /** The highest seq written or found; 0 when the journal is empty. */
    long lastSeq() {
        return lastSeq;
    }

    /** Makes later records number after {@code seq} (so a journal made anew never repeats old numbers). */
    void continueAfter(long seq) {
        lastSeq = Math.max(lastSeq, seq);
    }

    /** Writes {@code payload} as the next ticket record and, when durable, fsyncs it; returns its seq. */
    synchronized long append(byte[] payload) {
        long seq = write(MAGIC, payload);
        last = new Entry(seq, payload);
        return seq;
    }

    /**
     * Writes a completed sale as the next record and, when durable, fsyncs it; returns its seq. The
     * record stays pending (never overwritten) until {@link #markDurable} covers it.
     */
    synchronized long appendSale(byte[] payload) {
        long seq = write(SALE_MAGIC, payload);
        return seq;
    }

    private long write(int magic, byte[] payload) {
        long seq = lastSeq + 1;
        ByteBuffer record = encode(magic, seq, payload);
        try {
            long size = align(record.remaining());
            if (size * 3 > capacity) {
                makeRoom(0, capacity);
                grow(size * 3, record);
                if (magic == SALE_MAGIC && durable) {
                    pending.put(seq, new Slot(0, size));
                }
            } else {
                if (next + size > capacity) {
                    next = 0;
                }
                makeRoom(next, size);
                write(channel, record, next);
                if (durable) {
                    channel.force(false);
                }
                if (magic == SALE_MAGIC && durable) {
                    pending.put(seq, new Slot(next, size));
                }
                next += size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The open ticket cannot be saved to " + path, e);
        }
        lastSeq = seq;
        lastAppendNanos = System.nanoTime();
        if (onPendingAhead != null && pendingWithin(capacity / 2)) {
            onPendingAhead.run();
        }
        return seq;
    }

    /** Whether a pending sale record lies within {@code distance} bytes ahead of the next write. */
    private boolean pendingWithin(long distance) {
        for (Slot s : pending.values()) {
            long ahead = s.offset() >= next ? s.offset() - next : capacity - next + s.offset();
            if (ahead < distance) {
                return true;
            }
        }
        return false;
    }

    /** Before writing over {@code [at, at + length)}: no pending sale record may lie there. */
    private void makeRoom(long at, long length) {
        if (pending.values().stream().noneMatch(s -> s.overlaps(at, length))) {
            return;
        }
        if (onPendingOverwrite != null) {
            onPendingOverwrite.run();
        }
        if (pending.values().stream().anyMatch(s -> s.overlaps(at, length))) {
            throw new IllegalStateException("The journal " + path + " would overwrite a sale the store does not"
                    + " hold on disk yet");
        }
    }

    /** Where a record of {@code payloadLength} bytes would be written next; -1 if the file would grow for it. */
    synchronized long nextOffset(int payloadLength) {
        long size = align(HEADER + payloadLength);
        if (size * 3 > capacity) {
            return -1;
        }
        return next + size > capacity ? 0 : next;
    }

    /** The file's size in bytes. */
    synchronized long capacity() {
        return capacity;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scan() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        for (long at = 0; at + HEADER <= capacity; at += BLOCK) {
            header.clear();
            channel.read(header, at);
            header.flip();
            int magic = header.remaining() < HEADER ? 0 : header.getInt(0);
            if (magic != MAGIC && magic != SALE_MAGIC) {
                continue;
            }
            long seq = header.getLong(4);
            int length = header.getInt(12);
            if (length < 0 || at + HEADER + length > capacity) {
                continue;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            channel.read(payload, at + HEADER);
            if (payload.hasRemaining() || crc(seq, length, payload.array()) != header.getInt(16)) {
                continue;
            }
            Entry entry = new Entry(seq, payload.array());
            if (magic == SALE_MAGIC) {
                // Until the store has caught up (markDurable after start), every sale record found is kept.
                sales.add(entry);
                pending.put(seq, new Slot(at, align(HEADER + length)));
            } else if (last == null || seq > last.seq()) {
                last = entry;
            }
            if (seq > lastSeq) {
                lastSeq = seq;
                next = at + align(HEADER + length);
            }
        }
    }

    /** A bigger file holding only {@code record}, made beside and renamed over the old one. */
    private void grow(long minimum, ByteBuffer record) throws IOException {
        long size = Math.max(capacity * 2, align(minimum));
        Path bigger = path.resolveSibling(path.getFileName() + ".new");
        create(bigger, size, record);
        channel.close();
        Files.move(bigger, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        capacity = size;
        next = align(record.limit());
    }

    /** Writes a zero-filled file of {@code size} bytes with {@code first} at its start, fsynced. */
    private void create(Path file, long size, ByteBuffer first) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * BLOCK);
            for (long at = 0; at < size; at += zeros.capacity()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
                write(c, zeros, at);
            }
            if (first != null) {
                write(c, first.duplicate(), 0);
            }
            c.force(true);
        }
        forceFolder();
    }

    private void forceFolder() {
        Path folder = path.toAbsolutePath().getParent();
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for fsync; the rename is then as durable as they make it.
        }
    }

    private static void write(FileChannel c, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += c.write(buffer, at);
        }
    }

    static ByteBuffer encode(long seq, byte[] payload) {
        return encode(MAGIC, seq, payload);
    }

    private static ByteBuffer encode(int magic, long seq, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length);
        b.putInt(magic).putLong(seq).putInt(payload.length).putInt(crc(seq, payload.length, payload)).put(payload);
        return b.flip();
    }

    private static int crc(long seq, int length, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(12).putLong(seq).putInt(length).flip());
        crc.update(payload);
        return (int) crc.getValue();
    }

    private static long align(long n) {
        return (n + BLOCK - 1) / BLOCK * BLOCK;
    }
}
