package dev.opentill.app.cash;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.Z_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.ZReportEvent;
import dev.opentill.migrations.TillStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a till that keeps closing shifts with SIGKILL at random moments and checks after each
 * restart that the close was one transaction: every closed shift has its whole Z and one Z event,
 * no Z exists for an open shift, Z numbers are gapless, the chain verifies, and every Z the child
 * was told is stored is there.
 */
class ZCrashTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void aCloseKilledAtAnyPointLeavesEitherTheWholeZOrTheShiftOpen() throws Exception {
        Path base = dir.resolve("till");
        try (TillStore store = TillStore.open(base)) {
            TestStores.fill(store);
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                    .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000)
                    .execute();
        }
        Random random = new Random(13);
        long reported = 0;
        for (int round = 0; round < KILLS; round++) {
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            Path err = dir.resolve("child-" + round + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), ZCrashChild.class.getName(),
                    base.toString()).redirectError(err.toFile()).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null;) {
                        events.add(line);
                    }
                } catch (IOException ignored) {
                    // killed mid-line
                }
            });
            reader.start();
            // Kill at a point of progress (closes made), then a little later, inside a later close or sale.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int want = 2 + random.nextInt(3);
            while (events.size() < want) {
                assertThat(System.nanoTime()).as("child progress: " + Files.readString(err)).isLessThan(deadline);
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            for (String e : List.copyOf(events)) {
                if (e.startsWith("CLOSED ")) {
                    reported = Math.max(reported, Long.parseLong(e.substring(7)));
                }
            }
            try (TillStore store = TillStore.open(base)) {
                check(store, reported);
            }
        }
        assertThat(reported).as("closes made between kills").isGreaterThanOrEqualTo(KILLS);
    }

    private static void check(TillStore store, long reported) {
        DSLContext dsl = store.dsl();
        int closed = dsl.fetchCount(SHIFT, SHIFT.CLOSED_AT.isNotNull());
        int zs = dsl.fetchCount(Z_REPORT);
        assertThat(zs).as("a Z for every closed shift").isEqualTo(closed);
        assertThat(dsl.fetchCount(SHIFT, SHIFT.CLOSED_AT.isNotNull().and(SHIFT.Z_NUMBER.isNull()))).isZero();
        assertThat(dsl.fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isLessThanOrEqualTo(1);
        assertThat(dsl.fetchCount(OUTBOX, OUTBOX.EVENT_TYPE.eq(ZReportEvent.TYPE))).as("one event per Z")
                .isEqualTo(zs);
        assertThat(dsl.select(Z_REPORT.Z_NUMBER).from(Z_REPORT).orderBy(Z_REPORT.Z_NUMBER).fetch(Z_REPORT.Z_NUMBER))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, zs).boxed().toList());
        assertThat((long) zs).as("every Z reported stored").isGreaterThanOrEqualTo(reported);
        assertThat(AuditLog.verify(dsl)).isEmpty();
        TillServices till = TillFixture.open(store);
        assertThat(till.cash().verifyZChain()).isEmpty();
    }
}
