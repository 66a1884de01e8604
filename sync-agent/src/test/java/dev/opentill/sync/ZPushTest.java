package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.Z_REPORT;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.ZReportEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Z report reaches the centre exactly once, even when the answer to its push is lost on the way. */
class ZPushTest {
    private static CentralFixture central;
    private static List<UUID> products;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
        central.seedTaxAndCategory();
        products = central.products("ZPUSH", 2);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    /** Writes a Z event into the till's outbox as the till's close does (same type, same JSON). */
    private static ZReportEvent closeZ(TillFixture till, long number) {
        Instant closed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ZReportEvent z = new ZReportEvent(UuidV7.next(), till.storeCode, till.terminalCode, number,
                LocalDate.now(ZoneOffset.UTC), closed.minusSeconds(600), closed, "CNY", 2, 0, 1000, 900, 900, 900,
                900, 0, "0".repeat(64), "cd".repeat(32), "version=1\nz=" + number + "\n");
        till.dsl().transaction(cfg -> {
            long seq = cfg.dsl().select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1()
                    + 1;
            cfg.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, z.eventId())
                    .set(OUTBOX.EVENT_TYPE, ZReportEvent.TYPE).set(OUTBOX.AGGREGATE_ID, UuidV7.next())
                    .set(OUTBOX.PAYLOAD, till.json(z)).set(OUTBOX.CREATED_AT, closed.atOffset(ZoneOffset.UTC))
                    .execute();
        });
        return z;
    }

    @Test
    void aZWhoseAnswerIsDroppedIsStoredOnceAfterTheRetry(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = till.agent()) {
            till.sell(products, null, Instant.now());
            ZReportEvent z = closeZ(till, 1);
            proxy.dropAnswers(1);

            SyncStatus cut = agent.syncNow();
            int atCentreAfterCut = central.dsl().fetchCount(Z_REPORT, Z_REPORT.EVENT_ID.eq(z.eventId()));
            SyncStatus retried = agent.syncNow();
            SyncStatus again = agent.syncNow();

            assertThat(cut.lastError().kind()).isEqualTo(SyncError.Kind.UNREACHABLE);
            assertThat(atCentreAfterCut).isEqualTo(1);
            assertThat(retried.lastError()).isNull();
            assertThat(again.pendingCount()).isZero();
            assertThat(till.pending()).isZero();
            assertThat(central.dsl().fetchCount(Z_REPORT, Z_REPORT.TERMINAL_CODE.eq(till.terminalCode))).isEqualTo(1);
            assertThat(central.dsl().select(Z_REPORT.HASH).from(Z_REPORT).where(Z_REPORT.EVENT_ID.eq(z.eventId()))
                    .fetchSingle().value1()).isEqualTo(z.hash());
        }
    }
}
