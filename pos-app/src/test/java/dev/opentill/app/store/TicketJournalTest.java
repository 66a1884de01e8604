package dev.opentill.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketJournalTest {
    @TempDir
    Path dir;

    @Test
    void theLastRecordWrittenIsTheOneFoundAfterReopening() {
        Path file = dir.resolve("till.ticket");
        try (TicketJournal j = TicketJournal.open(file, true)) {
            j.append(text("one"));
            j.append(text("two"));
        }
        try (TicketJournal j = TicketJournal.open(file, true)) {
            assertThat(j.last()).hasValueSatisfying(e -> {
                assertThat(e.seq()).isEqualTo(2);
                assertThat(new String(e.payload(), StandardCharsets.UTF_8)).isEqualTo("two");
            });
            assertThat(j.append(text("three"))).isEqualTo(3);
        }
    }

    @Test
    void aNewJournalIsPreallocatedSoSavesDoNotGrowTheFile() throws IOException {
        Path file = dir.resolve("till.ticket");
        try (TicketJournal j = TicketJournal.open(file, true)) {
            long size = Files.size(file);
            for (int i = 0; i < 500; i++) {
                j.append(new byte[900]);
            }
            assertThat(Files.size(file)).isEqualTo(size).isEqualTo(j.capacity());
        }
    }

    @Test
    void numbersContinueAfterTheEndedMarkWhenTheJournalIsMadeAnew() {
        try (TicketJournal j = TicketJournal.open(dir.resolve("till.ticket"), true)) {
            j.continueAfter(41);
            assertThat(j.append(text("x"))).isEqualTo(42);
        }
    }

    /**
     * A power cut in the middle of any save, wrapping around the file or not, with records of any
     * size: the record before it is what the journal finds.
     */
    @Test
    void aTornSaveAnywhereLeavesThePreviousRecordCurrent() throws IOException {
        Random random = new Random(17);
        Path file = dir.resolve("till.ticket");
        byte[] previous = null;
        for (int i = 0; i < 300; i++) {
            byte[] payload = new byte[random.nextInt(random.nextBoolean() ? 2_000 : 200_000)];
            random.nextBytes(payload);
            long at;
            try (TicketJournal j = TicketJournal.open(file, false)) {
                at = j.nextOffset(payload.length);
                if (at >= 0 && previous != null) {
                    tear(file, TicketJournal.encode(j.lastSeq() + 1, payload), at, random);
                }
            }
            try (TicketJournal j = TicketJournal.open(file, false)) {
                if (previous != null) {
                    byte[] expected = previous;
                    assertThat(j.last()).hasValueSatisfying(e -> assertThat(e.payload()).isEqualTo(expected));
                }
                j.append(payload);
            }
            previous = payload;
        }
    }

    @Test
    void aRecordTooBigForTheFileGrowsIt() {
        Path file = dir.resolve("till.ticket");
        byte[] big = new byte[700_000];
        Arrays.fill(big, (byte) 7);
        try (TicketJournal j = TicketJournal.open(file, true)) {
            j.append(text("small"));
            j.append(big);
            assertThat(j.capacity()).isGreaterThanOrEqualTo(3L * 700_000);
        }
        try (TicketJournal j = TicketJournal.open(file, true)) {
            assertThat(j.last()).hasValueSatisfying(e -> assertThat(e.payload()).isEqualTo(big));
        }
    }

    /**
     * Writes some of {@code record}'s 512-byte sectors and not others, as a disk that loses power
     * during the write may keep any subset of them (at least one is lost, or the save completed).
     */
    private static void tear(Path file, ByteBuffer record, long at, Random random) throws IOException {
        int sectors = (record.remaining() + 511) / 512;
        boolean[] kept = new boolean[sectors];
        for (int s = 0; s < sectors; s++) {
            kept[s] = random.nextBoolean();
        }
        kept[random.nextInt(sectors)] = false;
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (int s = 0; s < sectors; s++) {
                if (kept[s]) {
                    int from = record.position() + s * 512;
                    c.write(record.duplicate().position(from).limit(Math.min(record.limit(), from + 512)),
                            at + s * 512L);
                }
            }
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
