package dev.opentill.migrations;

import dev.opentill.migrations.StoreOpenException.Reason;
import dev.opentill.migrations.internal.StoreHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The files of a till store on disk, checked before H2 sees them: H2 opens a missing or
 * zero-byte file as a new empty store, and a read-only one in read-only mode, and either way the
 * till would start. A small marker ({@code till.created}) written once the store first exists
 * durably tells "a store should be here" from "first start".
 */
final class StoreFiles {
    private static final String DATA = ".mv.db";
    private static final String MARKER = ".created";

    private final Path base;
    private final Path data;
    private final Path marker;

    StoreFiles(Path base) {
        this.base = base;
        this.data = base.resolveSibling(base.getFileName() + DATA);
        this.marker = base.resolveSibling(base.getFileName() + MARKER);
    }

    /** The H2 data file, {@code <base>.mv.db}. */
    Path data() {
        return data;
    }

    /** Refuses to open what H2 would open wrongly; creates the folder of a first store. */
    void checkBeforeOpen() {
        Path folder = base.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreOpenException(Reason.READ_ONLY, "Cannot create the till's data folder " + folder + " (" + e
                    + "). Give the till's user write access to " + folder.getParent() + ", then start the till again.",
                    e);
        }
        if (!Files.isWritable(folder) || Files.exists(data) && !Files.isWritable(data)) {
            throw new StoreOpenException(Reason.READ_ONLY, "The till cannot write to its data folder " + folder
                    + " (the folder or " + data.getFileName() + " is read-only, or the disk is mounted read-only)."
                    + " Give the till's user write access to the folder, then start the till again.", null);
        }
        if (Files.exists(marker) && !Files.exists(data)) {
            throw new StoreOpenException(Reason.MISSING,
                    "The till database " + data + " is missing, though this till created it ("
                            + createdAt() + "). The till will not start with an empty database: restore "
                            + data.getFileName()
                            + " from a backup. To start afresh on purpose, delete " + marker + ".",
                    null);
        }
        if (Files.exists(data) && size(data) == 0) {
            throw new StoreOpenException(Reason.EMPTY, "The till database " + data
                    + " is empty (0 bytes): it was damaged,"
                    + " for example by a full disk. Restore it from a backup. If this till has never sold anything,"
                    + " delete the file to start afresh.", null);
        }
        if (Files.exists(data) && cutShort()) {
            throw new StoreOpenException(Reason.UNREADABLE, "The till database " + data
                    + " is shorter than it says it is:"
                    + " its end is missing (for example an incomplete copy or a full disk). Keep the file, and restore it"
                    + " from a backup or ask for support.", null);
        }
    }

    private boolean cutShort() {
        try {
            return StoreHeader.isCutShort(data);
        } catch (IOException e) {
            return false;
        }
    }

    boolean marked() {
        return Files.exists(marker);
    }

    /** Writes the marker once the store exists durably (a store from before markers gets one at its first open). */
    void markCreated() {
        Path temp = marker.resolveSibling(marker.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(("created=" + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            throw new StoreOpenException(Reason.READ_ONLY, "Cannot write " + temp + " (" + e
                    + "). Give the till's user write access to the folder, then start the till again.", e);
        }
        try {
            Files.move(temp, marker, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreOpenException(Reason.READ_ONLY, "Cannot write " + marker + " (" + e
                    + "). Give the till's user write access to the folder, then start the till again.", e);
        }
    }

    private String createdAt() {
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "see " + marker;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
