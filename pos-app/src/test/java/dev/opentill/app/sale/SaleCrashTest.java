package dev.opentill.app.sale;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.testing.TestStores;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.SaleRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Kills a selling till with SIGKILL at random moments, many times, and checks after each restart
 * that every sale it reported complete is present and whole, receipt numbers are gapless, each
 * sale has exactly one outbox event, and the open ticket is back.
 */
class SaleCrashTest {
    private static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    void salesReportedCompleteSurviveSigkillAndTheOpenTicketComesBack() throws Exception {
        Path base = dir.resolve("till");
        try (TillStore store = TillStore.open(base)) {
            TestStores.fill(store);
        }
        Random random = new Random(42);
        List<UUID> reported = Collections.synchronizedList(new ArrayList<>());
        int openTicketsChecked = 0;
        for (int round = 0; round < KILLS; round++) {
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), base.toString(),
                    Long.toString(random.nextLong()))
                    .redirectError(dir.resolve("child-" + round + ".err").toFile()).start();
            Thread readerThread = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null;) {
                        events.add(line);
                    }
                } catch (IOException ignored) {
                    // the child was killed mid-line
                }
            });
            readerThread.start();
            waitForReady(events, dir.resolve("child-" + round + ".err"));
            // Kill at a random point of progress (not of wall time, which a loaded machine stretches).
            waitForEvents(events, 1 + random.nextInt(30), dir.resolve("child-" + round + ".err"));
            Thread.sleep(random.nextInt(15));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            readerThread.join(5000);

            List<String> seen = List.copyOf(events);
            for (String e : seen) {
                if (e.startsWith("DONE ")) {
                    reported.add(UUID.fromString(e.split(" ")[1]));
                }
            }
            try (TillStore store = TillStore.open(base)) {
                // What the till does at start: sales journaled but lost by the store are written again.
                TillFixture.open(store);
                checkStore(store.dsl(), reported);
                if (checkOpenTicket(store, seen)) {
                    openTicketsChecked++;
                }
            }
        }
        assertThat(reported).as("the child made sales between kills").hasSizeGreaterThanOrEqualTo(KILLS);
        assertThat(openTicketsChecked).as("kills that landed mid-ticket").isPositive();
    }

    private static void waitForReady(List<String> events, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.stream().noneMatch(e -> e.startsWith("READY"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("child did not start: " + Files.readString(stderr));
            }
            Thread.sleep(10);
        }
    }

    private static void waitForEvents(List<String> events, int count, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.size() < 1 + count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("child made no progress: " + Files.readString(stderr));
            }
            Thread.sleep(1);
        }
    }

    private static void checkStore(DSLContext dsl, List<UUID> reported) {
        List<SaleRecord> sales = dsl.selectFrom(SALE).orderBy(SALE.SEQUENCE_NO).fetch();
        assertThat(sales).extracting(SaleRecord::getId).containsAll(reported);
        assertThat(sales).extracting(SaleRecord::getSequenceNo)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, sales.size()).boxed().toList());
        for (SaleRecord s : sales) {
            long tendered = dsl.select(DSL.sum(SALE_TENDER.AMOUNT_MINOR)).from(SALE_TENDER)
                    .where(SALE_TENDER.SALE_ID.eq(s.getId()))
                    .fetchSingle().value1().longValue();
            assertThat(tendered - s.getChangeMinor() - s.getCashRoundingMinor()).as("tenders of " + s.getReceiptNo())
                    .isEqualTo(s.getTotalMinor());
            long paid = dsl.select(DSL.sum(SALE_LINE.PAID_MINOR)).from(SALE_LINE).where(SALE_LINE.SALE_ID.eq(s.getId()))
                    .fetchSingle().value1().longValue();
            assertThat(paid).as("lines of " + s.getReceiptNo()).isEqualTo(s.getTotalMinor());
            assertThat(dsl.fetchCount(OUTBOX, OUTBOX.AGGREGATE_ID.eq(s.getId()))).as("outbox of " + s.getReceiptNo())
                    .isEqualTo(1);
        }
        assertThat(dsl.fetchCount(OUTBOX)).isEqualTo(sales.size());
        assertThat(AuditLog.verify(dsl)).isEmpty();
    }

    /** The last ticket the child saved is back with at least the lines it reported, unless it completed. */
    private static boolean checkOpenTicket(TillStore store, List<String> seen) {
        String lastSaved = null;
        for (String e : seen) {
            if (e.startsWith("SAVED ")) {
                lastSaved = e;
            } else if (e.startsWith("DONE ")) {
                lastSaved = null;
            }
        }
        if (lastSaved == null) {
            return false;
        }
        String[] parts = lastSaved.split(" ");
        UUID ticketId = UUID.fromString(parts[1]);
        int lines = Integer.parseInt(parts[2]);
        var active = new OpenTicketRepository(store, new AuditLog("T", Clock.systemUTC()), Clock.systemUTC(), false)
                .loadActive();
        if (active.isPresent() && active.get().id().equals(ticketId)) {
            assertThat(active.get().lines()).hasSizeGreaterThanOrEqualTo(lines);
        } else {
            // Killed after the completing commit but before "DONE" was printed: the ticket became a sale.
            assertThat(active.map(t -> t.lines().isEmpty() || !t.id().equals(ticketId)).orElse(true)).isTrue();
            assertThat(store.dsl().fetchCount(SALE)).isPositive();
        }
        return true;
    }
}
