package dev.opentill.app.cash;

import static dev.opentill.app.cash.CashDeskTest.MANAGER;
import static dev.opentill.app.cash.CashDeskTest.count;
import static dev.opentill.app.cash.CashDeskTest.sellForCash;
import static dev.opentill.app.cash.CashDeskTest.setting;
import static dev.opentill.app.cash.CashDeskTest.startTill;
import static dev.opentill.app.cash.CashDeskTest.yuan;
import static dev.opentill.app.testing.SaleErrors.errorOf;
import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.Z_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.cash.ZChain;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.ZReportEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a shift with its Z: one transaction, stored append-only, chained, evented once, refusals change nothing. */
class ZCloseTest {
    @TempDir
    Path dir;
    TillStore store;
    TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        till = startTill(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CloseRequest counted(String hundreds, String... rest) {
        String[] all = new String[1 + rest.length];
        all[0] = hundreds;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return new CloseRequest(count(till, all), Map.of(), null, true);
    }

    @Test
    void aFullCloseStoresAZThatAddsUpAndSurvivesARestart() {
        till.cash().openShift(count(till, "1"), MANAGER); // 100.00
        Money cola = sellForCash(till, COLA, "10.00"); // 3.50, 13%
        Money tea = sellForCash(till, TEA, "20.00"); // 12.00, 9%
        till.selling().scan(CHIPS);
        Money chips = till.ticket().totals().total();
        till.tender().addTender(TenderType.CARD, chips, "AUTH-1");
        till.tender().complete();
        till.cash().move(Kind.PAY_OUT, yuan("5.00"), "PETTY_CASH", null, null);
        till.cash().move(Kind.SAFE_DROP, yuan("10.00"), null, "B-1", null);
        Money expected = yuan("100.00").plus(cola).plus(tea).minus(yuan("15.00"));
        assertThat(expected).isEqualTo(yuan("100.50"));

        // 1 x 100, 1 x 5 jiao
        ZReport z = till.cash().close(new CloseRequest(count(till, "1", "", "", "", "", "", "", "1"),
                Map.of("CARD", chips), null, true), MANAGER);

        assertThat(z.header().zNumber()).isEqualTo(1);
        assertThat(z.header().storeCode()).isEqualTo("S0001");
        assertThat(z.header().businessDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(z.header().closedBy()).isEqualTo("Li Na");
        assertThat(z.header().approvedBy()).isEqualTo("Zhao Min");
        assertThat(z.sales().sales()).isEqualTo(3);
        assertThat(z.sales().firstReceipt()).isEqualTo("S0001-T01-00000001");
        assertThat(z.sales().lastReceipt()).isEqualTo("S0001-T01-00000003");
        assertThat(z.sales().net()).isEqualTo(cola.plus(tea).plus(chips));
        assertThat(z.sales().byRate()).extracting(ZReport.RateTotal::rateBp).containsExactly(900, 1300);
        assertThat(z.sales().byRate().get(0).gross()).isEqualTo(tea);
        assertThat(z.cash().openingFloat()).isEqualTo(yuan("100.00"));
        assertThat(z.cash().paysOut()).isEqualTo(yuan("5.00"));
        assertThat(z.cash().drops()).isEqualTo(yuan("10.00"));
        assertThat(z.tender("CASH").expected()).isEqualTo(expected);
        assertThat(z.tender("CASH").counted()).isEqualTo(yuan("100.50"));
        assertThat(z.tender("CASH").variance().isZero()).isTrue();
        assertThat(z.tender("CARD").expected()).isEqualTo(chips);
        assertThat(z.chain().grandTotal()).isEqualTo(z.sales().net());
        assertThat(z.chain().previousHash()).isEqualTo(ZChain.GENESIS);
        assertThat(z.chain().lastSaleHash()).isEqualTo(store.dsl().select(AUDIT_LOG.HASH).from(AUDIT_LOG)
                .where(AUDIT_LOG.SUBJECT.eq("S0001-T01-00000003")).fetchSingle().value1());
        assertThat(z.chain().notAtCentre()).isEqualTo(3);

        TillServices restarted = startTill(store, clock);
        assertThat(restarted.cash().z(1)).contains(z);
        assertThat(restarted.cash().zReports(LocalDate.of(2026, 12, 7))).containsExactly(z);
        assertThat(restarted.cash().verifyZChain()).isEmpty();
        assertThat(store.dsl().fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isZero();
    }

    @Test
    void eachZIsOneOutboxEventAndTheNextZChainsToItWithAPerpetualGrandTotal() throws Exception {
        Money first = sellForCash(till, COLA, "10.00");
        ZReport z1 = till.cash().close(counted("", "", "", "", "", "", "3", "1"), MANAGER);
        Money second = sellForCash(till, TEA, "20.00");
        ZReport z2 = till.cash().close(counted("", "", "", "1", "", "2"), MANAGER);

        assertThat(z2.header().zNumber()).isEqualTo(2);
        assertThat(z2.chain().previousHash()).isEqualTo(z1.chain().hash());
        assertThat(z2.chain().grandTotal()).isEqualTo(first.plus(second));
        var events = store.dsl().selectFrom(OUTBOX).where(OUTBOX.EVENT_TYPE.eq(ZReportEvent.TYPE))
                .orderBy(OUTBOX.SEQ).fetch();
        assertThat(events).hasSize(2);
        ObjectMapper wire = SyncJson.mapper();
        ZReportEvent e = wire.readValue(events.get(1).getPayload(), ZReportEvent.class);
        assertThat(e.zNumber()).isEqualTo(2);
        assertThat(e.hash()).isEqualTo(z2.chain().hash());
        assertThat(e.grandTotalMinor()).isEqualTo(first.plus(second).minor());
        assertThat(till.cash().verifyZChain()).isEmpty();
    }

    @Test
    void aTamperedOrRemovedZIsDetected() {
        sellForCash(till, COLA, "10.00");
        till.cash().close(counted("", "", "", "", "", "", "3", "1"), MANAGER);
        sellForCash(till, COLA, "10.00");
        till.cash().close(counted("", "", "", "", "", "", "3", "1"), MANAGER);
        sellForCash(till, COLA, "10.00");
        till.cash().close(counted("", "", "", "", "", "", "3", "1"), MANAGER);

        String doc = store.dsl().select(Z_REPORT.DOCUMENT).from(Z_REPORT).where(Z_REPORT.Z_NUMBER.eq(2L))
                .fetchSingle().value1();
        store.dsl().update(Z_REPORT).set(Z_REPORT.DOCUMENT, doc.replace("net=350", "net=35"))
                .where(Z_REPORT.Z_NUMBER.eq(2L)).execute();
        assertThat(till.cash().verifyZChain()).isEqualTo(OptionalLong.of(2));

        store.dsl().update(Z_REPORT).set(Z_REPORT.DOCUMENT, doc).where(Z_REPORT.Z_NUMBER.eq(2L)).execute();
        assertThat(till.cash().verifyZChain()).isEmpty();
        store.dsl().deleteFrom(Z_REPORT).where(Z_REPORT.Z_NUMBER.eq(2L)).execute();
        assertThat(till.cash().verifyZChain()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void aVarianceBeyondTheLimitNeedsAReasonWhichTheZCarries() {
        till.cash().openShift(count(till, "1"), MANAGER);
        sellForCash(till, TEA, "20.00");
        // expected 112.00; counted 100.00: 12.00 short, beyond the 5.00 limit
        assertThat(errorOf(() -> till.cash().close(counted("1"), MANAGER)))
                .isEqualTo(SaleError.VARIANCE_NEEDS_APPROVAL);
        assertThat(store.dsl().fetchCount(Z_REPORT)).isZero();
        assertThat(store.dsl().fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isEqualTo(1);

        ZReport z = till.cash().close(new CloseRequest(count(till, "1"), Map.of(), "change given twice", true),
                MANAGER);
        assertThat(z.tender("CASH").variance()).isEqualTo(yuan("-12.00"));
        assertThat(z.tender("CASH").beyondLimit()).isTrue();
        assertThat(z.cash().varianceReason()).isEqualTo("change given twice");
        assertThat(z.header().approvedBy()).isEqualTo("Zhao Min");
    }

    @Test
    void aDeclaredCardTotalOffItsReferencesIsAVarianceToo() {
        setting(store, "cash.variance_limits", "CARD=0");
        till = startTill(store, clock);
        till.selling().scan(CHIPS);
        Money chips = till.ticket().totals().total();
        till.tender().addTender(TenderType.CARD, chips, "AUTH-2");
        till.tender().complete();
        assertThat(errorOf(() -> till.cash().close(new CloseRequest(count(till), Map.of("CARD", yuan("6.00")), null,
                true), MANAGER))).isEqualTo(SaleError.VARIANCE_NEEDS_APPROVAL);
        ZReport z = till.cash().close(new CloseRequest(count(till), Map.of(), null, true), MANAGER);
        assertThat(z.tender("CARD").counted()).isEqualTo(chips);
    }

    @Test
    void closingWithParkedTicketsNamesThemAndChangesNothing() {
        till.cash().openShift(count(till), MANAGER);
        till.selling().scan(COLA);
        till.park().park("Table 4");
        assertThat(errorOf(() -> till.cash().close(counted(""), MANAGER))).isEqualTo(SaleError.TICKETS_STILL_OPEN);
        till.selling().scan(COLA);
        assertThat(errorOf(() -> till.cash().close(counted(""), MANAGER))).isEqualTo(SaleError.TICKET_NOT_EMPTY);
        assertThat(store.dsl().fetchCount(Z_REPORT)).isZero();
    }

    @Test
    void closingWithSalesNotAtTheCentreNeedsConfirmationAndTheZCountsThem() {
        sellForCash(till, COLA, "10.00");
        sellForCash(till, COLA, "10.00");
        sellForCash(till, COLA, "10.00");
        store.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, OffsetDateTime.now()).where(OUTBOX.SEQ.eq(1L)).execute();
        store.dsl().update(OUTBOX).set(OUTBOX.LAST_ERROR, "unknown product").where(OUTBOX.SEQ.eq(2L)).execute();

        OfflineReview review = till.cash().review();
        assertThat(review.pending()).extracting(OfflineReview.PendingSale::receiptNo)
                .containsExactly("S0001-T01-00000002", "S0001-T01-00000003");
        assertThat(review.rejected()).extracting(OfflineReview.RejectedEvent::reason)
                .containsExactly("unknown product");
        assertThat(review.anythingPending()).isTrue();

        CloseRequest unconfirmed = new CloseRequest(count(till, "", "", "", "1", "", "", "", "1"), Map.of(), null,
                false);
        assertThat(errorOf(() -> till.cash().close(unconfirmed, MANAGER)))
                .isEqualTo(SaleError.PENDING_NEEDS_CONFIRMATION);
        ZReport z = till.cash().close(new CloseRequest(unconfirmed.cash(), Map.of(), null, true), MANAGER);
        assertThat(z.chain().notAtCentre()).isEqualTo(2);
        assertThat(z.chain().rejected()).isEqualTo(1);
    }

    @Test
    void theReviewListsTheShiftsOverrides() {
        till.cash().openShift(count(till, "1"), MANAGER);
        till.journal().noSale(new Approval("8001", "8888"));
        assertThat(till.cash().review().overrides()).extracting(OfflineReview.Override::action)
                .contains("NO_SALE", "CASH_MOVED");
    }

    @Test
    void theBusinessDateFollowsTheDayStart() {
        setting(store, "business.day_start", "04:00");
        till = startTill(store, clock);
        clock.set(Instant.parse("2026-12-07T18:00:00Z")); // 02:00 on the 8th in Shanghai
        till.cash().openShift(count(till), MANAGER);
        ZReport z = till.cash().close(counted(""), MANAGER);
        assertThat(z.header().businessDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aReprintIsTheStoredZAuditedAndAnUnknownNumberIsSaidSo() {
        till.cash().openShift(count(till), MANAGER);
        ZReport z = till.cash().close(counted(""), MANAGER);
        assertThat(till.cash().reprint(1)).isEqualTo(z);
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("Z_REPRINTED"))).isEqualTo(1);
        assertThat(errorOf(() -> till.cash().reprint(7))).isEqualTo(SaleError.NO_SUCH_Z);
    }
}
