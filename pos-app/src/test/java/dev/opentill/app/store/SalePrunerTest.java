package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TAX;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalePrunerTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void oldAcknowledgedSalesGoWithEverythingOfTheirsAndTheRestStays() {
        try (TillStore store = TillFixture.newStore(dir)) {
            DSLContext dsl = store.dsl();
            TillServices old = till(store, NOW.minus(Duration.ofDays(120)));
            String gone = sell(old);
            String returnedLater = sell(old);
            String notAcked = sell(old);
            closeShifts(dsl);
            TillServices recent = till(store, NOW.minus(Duration.ofDays(10)));
            String kept = sell(recent);
            var ret = recent.returns().startReturn(returnedLater,
                    new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN));
            recent.returns().addReturnLine(ret.lines().get(0).line().id(), 1000);
            recent.tender().addTender(TenderType.CASH, recent.ticket().cashDue().abs(), null);
            recent.tender().complete();
            ackAllBut(dsl, notAcked, NOW.minus(Duration.ofDays(100)));
            UUID goneId = id(dsl, gone);

            int removed = new SalePruner(store, new AuditLog("S0001-T01", Clock.systemUTC()), Clock.fixed(NOW,
                    ZoneOffset.UTC)).prune(1000);

            assertThat(removed).isEqualTo(1);
            assertThat(dsl.select(SALE.RECEIPT_NO).from(SALE).orderBy(SALE.SEQUENCE_NO).fetch(SALE.RECEIPT_NO))
                    .as("a returned sale, an unacknowledged one, a recent one and the return stay")
                    .containsExactly(returnedLater, notAcked, kept, dsl.select(SALE.RECEIPT_NO).from(SALE)
                            .orderBy(SALE.SEQUENCE_NO.desc()).limit(1).fetchSingle().value1());
            assertThat(dsl.fetchCount(SALE_LINE, SALE_LINE.SALE_ID.eq(goneId))).isZero();
            assertThat(dsl.fetchCount(SALE_TENDER, SALE_TENDER.SALE_ID.eq(goneId))).isZero();
            assertThat(dsl.fetchCount(SALE_TAX, SALE_TAX.SALE_ID.eq(goneId))).isZero();
            assertThat(dsl.fetchCount(STOCK_LEDGER, STOCK_LEDGER.REF_ID.eq(goneId))).isZero();
            assertThat(dsl.fetchCount(OUTBOX, OUTBOX.AGGREGATE_ID.eq(goneId))).isZero();
            assertThat(dsl.fetchCount(OUTBOX)).isEqualTo(4);
            assertThat(dsl.select(AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc())
                    .limit(1).fetchSingle().intoList()).containsExactly(AuditAction.SALES_PRUNED.name(), "1");
            assertThat(AuditLog.verify(dsl)).isEmpty();
            var supervisor = new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN);
            assertThatThrownBy(() -> recent.returns().startReturn(gone, supervisor))
                    .isInstanceOfSatisfying(SaleException.class,
                            e -> assertThat(e.error()).as("a pruned sale says so").isEqualTo(SaleError.RECEIPT_PRUNED));
            assertThatThrownBy(() -> recent.returns().startReturn("S0001-T01-99999999", supervisor))
                    .isInstanceOfSatisfying(SaleException.class,
                            e -> assertThat(e.error()).as("a number never issued")
                                    .isEqualTo(SaleError.RECEIPT_UNKNOWN));
        }
    }

    @Test
    void aSaleInAShiftStillOpenStays() {
        try (TillStore store = TillFixture.newStore(dir)) {
            TillServices old = till(store, NOW.minus(Duration.ofDays(120)));
            sell(old);
            ackAllBut(store.dsl(), "", NOW.minus(Duration.ofDays(100)));
            SalePruner pruner = new SalePruner(store, new AuditLog("S0001-T01", Clock.systemUTC()),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            assertThat(pruner.prune(1000)).isZero();
            closeShifts(store.dsl());
            assertThat(pruner.prune(1000)).isEqualTo(1);
        }
    }

    @Test
    void theRetentionIsAStoreSetting() {
        try (TillStore store = TillFixture.newStore(dir)) {
            TillServices old = till(store, NOW.minus(Duration.ofDays(40)));
            sell(old);
            closeShifts(store.dsl());
            ackAllBut(store.dsl(), "", NOW.minus(Duration.ofDays(35)));
            SalePruner pruner = new SalePruner(store, new AuditLog("S0001-T01", Clock.systemUTC()),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            assertThat(pruner.prune(1000)).as("within the default 90 days").isZero();
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, SalePruner.RETENTION_SETTING)
                    .set(STORE_SETTING.SETTING_VALUE, "30").execute();
            assertThat(pruner.prune(1000)).isEqualTo(1);
        }
    }

    private static TillServices till(TillStore store, Instant at) {
        TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), Clock.fixed(at, ZoneOffset.UTC),
                ZoneId.of("Asia/Shanghai"), BarcodeParser.withDefaultLayouts(), true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        return till;
    }

    private static String sell(TillServices till) {
        till.selling().scan(TestStores.COLA);
        Money due = till.ticket().cashDue();
        till.tender().addTender(TenderType.CASH, due, null);
        return till.tender().complete().receiptNo();
    }

    private static void closeShifts(DSLContext dsl) {
        dsl.update(SHIFT).set(SHIFT.CLOSED_AT, OffsetDateTime.ofInstant(NOW.minus(Duration.ofDays(110)),
                ZoneOffset.UTC)).where(SHIFT.CLOSED_AT.isNull()).execute();
    }

    /** What the sync agent records when the centre acknowledges: the event and the sale's ledger entries. */
    private static void ackAllBut(DSLContext dsl, String receiptNo, Instant at) {
        OffsetDateTime acked = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        UUID except = dsl.select(SALE.ID).from(SALE).where(SALE.RECEIPT_NO.eq(receiptNo)).fetchOptional(SALE.ID)
                .orElse(new UUID(0, 0));
        dsl.update(OUTBOX).set(OUTBOX.ACKED_AT, acked).where(OUTBOX.AGGREGATE_ID.ne(except)).execute();
        dsl.update(STOCK_LEDGER).set(STOCK_LEDGER.ACKED_AT, acked).where(STOCK_LEDGER.REF_ID.ne(except)).execute();
        dsl.update(POINTS_LEDGER).set(POINTS_LEDGER.ACKED_AT, acked).where(POINTS_LEDGER.REF_ID.ne(except)).execute();
    }

    private static UUID id(DSLContext dsl, String receiptNo) {
        return dsl.select(SALE.ID).from(SALE).where(SALE.RECEIPT_NO.eq(receiptNo)).fetchSingle().value1();
    }
}
