package dev.opentill.app.sale;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.audit.AuditLog;
import dev.opentill.app.store.TicketCodec;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultTillServiceTest {
    @TempDir
    Path dir;
    TillStore store;
    DefaultTillService till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void scanningAddsTheProductAtItsPrice() {
        Ticket t = till.scan(COLA);
        assertThat(t.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("COLA");
            assertThat(l.netAmount()).isEqualTo(yuan("3.50"));
        });
    }

    @Test
    void aScaleLabelAddsTheWeighedItemByItsWeight() {
        String label = Gtin.withCheckDigit("25" + TestStores.CASHEW_PLU + "00250");
        Ticket t = till.scan(label);
        assertThat(t.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantityMilli()).isEqualTo(250);
            assertThat(l.netAmount()).isEqualTo(yuan("22.25"));
        });
    }

    @Test
    void unknownAndGarbledCodesAreRefusedAndChangeNothing() {
        till.scan(COLA);
        assertThatThrownBy(() -> till.scan(Gtin.withCheckDigit("400000000000")))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.UNKNOWN_BARCODE));
        String badCheck = COLA.substring(0, 12) + ((COLA.charAt(12) - '0' + 1) % 10);
        assertThatThrownBy(() -> till.scan(badCheck))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.BAD_CHECK_DIGIT));
        assertThat(till.current().lines()).hasSize(1);
    }

    @Test
    void todaysSalesListEachSaleWithItsTenderTypes() {
        till.scan(COLA);
        till.addTender(TenderType.CASH, yuan("10.00"), null);
        till.complete();
        till.scan(CHIPS);
        till.addTender(TenderType.CARD, yuan("2.00"), "A1");
        till.addTender(TenderType.CASH, yuan("10.00"), null);
        till.complete();

        assertThat(till.todaysSales()).extracting(TillService.SaleSummary::tenderTypes)
                .containsExactlyInAnyOrder(List.of("CASH"), List.of("CARD", "CASH"));
    }

    @Test
    void theOpenTicketComesBackAfterARestart() {
        till.scan(COLA);
        till.scan(TEA);
        Ticket before = till.current();

        DefaultTillService restarted = TillFixture.open(store);

        assertThat(restarted.current()).isEqualTo(before);
    }

    @Test
    void completingACashSaleStoresItWithGaplessReceiptNumbersAndOneOutboxEvent() {
        for (int i = 0; i < 3; i++) {
            till.scan(COLA);
            till.scan(CHIPS);
            till.addTender(TenderType.CASH, yuan("20.00"), null);
            TillService.CompletedSale done = till.complete();
            assertThat(done.receiptNo()).isEqualTo("S0001-T01-0000000" + (i + 1));
            assertThat(done.change()).isEqualTo(yuan("9.70"));
            assertThat(done.openDrawer()).isTrue();
        }
        assertThat(store.dsl().fetchCount(SALE)).isEqualTo(3);
        assertThat(store.dsl().fetchCount(OUTBOX)).isEqualTo(3);
        assertThat(store.dsl().fetchCount(STOCK_LEDGER)).isEqualTo(6);
        assertThat(till.current().lines()).isEmpty();
        SaleEvent e = readEvent(1);
        assertThat(e.totalMinor()).isEqualTo(1030);
        assertThat(e.stock()).extracting(SaleEvent.StockEntry::deltaMilli).containsExactly(-1000L, -1000L);
    }

    private SaleEvent readEvent(long seq) {
        try {
            return dev.opentill.sync.SyncJson.mapper().readValue(store.dsl().fetchValue(OUTBOX.PAYLOAD, OUTBOX.SEQ.eq(seq)), SaleEvent.class);
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void cashIsRoundedDownToTheTenFenStep() {
        till.scan(COLA);
        till.scan(CHIPS);
        till.scan(COLA);
        // 3.50 + 6.80 + 3.50 = 13.80; add 0.05 discount to get an odd total of 13.75
        till.discountTicket(yuan("0.05"), null);
        assertThat(till.cashDue()).isEqualTo(yuan("13.70"));
        till.addTender(TenderType.CASH, yuan("13.70"), null);
        TillService.CompletedSale done = till.complete();
        assertThat(done.change()).isEqualTo(yuan("0.00"));
        assertThat(done.receipt().cashRounding()).isEqualTo(yuan("-0.05"));
    }

    @Test
    void aTenderShortOfTheTotalCannotComplete() {
        till.scan(TEA);
        till.addTender(TenderType.CASH, yuan("10.00"), null);
        assertThatThrownBy(till::complete)
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.TENDER_SHORT));
        assertThat(store.dsl().fetchCount(SALE)).isZero();
    }

    @Test
    void aCashierNeedsASupervisorToVoidALine() {
        Ticket t = till.scan(COLA);
        var lineId = t.lines().get(0).id();
        assertThatThrownBy(() -> till.voidLine(lineId, null))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
        assertThatThrownBy(() -> till.voidLine(lineId, new TillService.Approval(TestStores.SUPERVISOR_CODE, "0000")))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));

        Ticket voided = till.voidLine(lineId, new TillService.Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN));

        assertThat(voided.lines().get(0).voided()).isTrue();
        assertThat(AuditLog.verify(store.dsl())).isEmpty();
    }

    @Test
    void aDiscountWithinTheCashiersLimitNeedsNoApprovalButALargerOneDoes() {
        till.scan(TEA);
        var lineId = till.current().lines().get(0).id();
        till.discountLine(lineId, yuan("0.60"), null);
        assertThatThrownBy(() -> till.discountLine(lineId, yuan("0.61"), null))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
    }

    @Test
    void aLineCannotBeReturnedForMoreThanWasSoldAcrossSeveralReturns() {
        till.scan(COLA);
        till.changeQuantity(till.current().lines().get(0).id(), 3000);
        till.addTender(TenderType.CARD, yuan("10.50"), "APPROVAL-1");
        String receipt = till.complete().receiptNo();
        var supervisor = new TillService.Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN);

        var sale = till.startReturn(receipt, supervisor);
        var colaLine = sale.lines().get(0).line().id();
        till.addReturnLine(colaLine, 2000);
        till.addTender(TenderType.CARD, yuan("7.00"), "REFUND-1");
        till.complete();

        var again = till.startReturn(receipt, supervisor);
        assertThat(again.lines().get(0).returnableMilli()).isEqualTo(1000);
        assertThatThrownBy(() -> till.addReturnLine(colaLine, 2000))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.RETURN_EXCEEDS_SOLD));
    }

    @Test
    void aParkedTicketCanBeResumedLater() {
        till.scan(CHIPS);
        Ticket parked = till.current();
        till.park("blue jacket");
        till.scan(COLA);
        till.addTender(TenderType.CASH, yuan("5.00"), null);
        till.complete();

        assertThat(till.parked()).singleElement().satisfies(p -> assertThat(p.label()).isEqualTo("blue jacket"));
        Ticket resumed = till.resume(till.parked().get(0).id());

        assertThat(resumed).isEqualTo(parked);
        assertThat(till.parked()).isEmpty();
    }

    @Test
    void aMemberIsFoundByPhoneAndEarnsPointsOnTheSale() {
        till.scan(TEA);
        till.attachMember(TestStores.MEMBER_PHONE);
        till.addTender(TenderType.MOBILE, yuan("12.00"), "WX-123456");
        till.complete();
        assertThat(readEvent(1).points()).singleElement().satisfies(p -> assertThat(p.delta()).isEqualTo(12));
    }

    @Test
    void aNoSaleDrawerOpeningNeedsASupervisorAndIsAudited() {
        assertThatThrownBy(() -> till.noSale(null))
                .isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
        till.noSale(new TillService.Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN));
        assertThat(store.dsl().fetchCount(dev.opentill.store.jooq.Tables.AUDIT_LOG,
                dev.opentill.store.jooq.Tables.AUDIT_LOG.ACTION.eq("NO_SALE"))).isEqualTo(1);
    }

    @Test
    void quickKeysListMarkedCategoriesWithTheirProductsInKeyOrder() {
        var dsl = store.dsl();
        dsl.insertInto(dev.opentill.store.jooq.Tables.CATEGORY).set(dev.opentill.store.jooq.Tables.CATEGORY.CODE, "DRINKS")
                .set(dev.opentill.store.jooq.Tables.CATEGORY.NAME_ZH, "饮料").set(dev.opentill.store.jooq.Tables.CATEGORY.NAME_EN, "Drinks")
                .set(dev.opentill.store.jooq.Tables.CATEGORY.QUICK_KEY, true).execute();
        var p = dev.opentill.store.jooq.Tables.PRODUCT;
        dsl.update(p).set(p.CATEGORY_CODE, "DRINKS").set(p.QUICK_KEY_ORDER, 2).where(p.SKU.eq("COLA")).execute();
        dsl.update(p).set(p.CATEGORY_CODE, "DRINKS").set(p.QUICK_KEY_ORDER, 1).where(p.SKU.eq("TEA")).execute();

        assertThat(till.quickKeys()).singleElement().satisfies(page -> {
            assertThat(page.nameEn()).isEqualTo("Drinks");
            assertThat(page.products()).extracting(dev.opentill.core.catalog.Product::sku).containsExactly("TEA", "COLA");
        });
    }

    @Test
    void memberInfoShowsTheLastKnownPointsPlusThisTillsUnsentSales() {
        assertThat(till.member(TestStores.MEMBER_CARD)).get().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Zhang San");
            assertThat(m.tier()).isEqualTo("GOLD");
            assertThat(m.points()).isEqualTo(120);
        });
        till.scan(TEA);
        till.attachMember(TestStores.MEMBER_CARD);
        till.addTender(TenderType.CASH, yuan("12.00"), null);
        till.complete();

        assertThat(till.member(TestStores.MEMBER_CARD)).get().extracting(TillService.MemberInfo::points).isEqualTo(132L);
        assertThat(till.member("no-such-card")).isEmpty();
    }
}
