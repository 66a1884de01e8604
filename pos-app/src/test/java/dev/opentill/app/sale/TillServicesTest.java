package dev.opentill.app.sale;

import dev.opentill.app.TillServices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.core.member.MemberInfo;
import dev.opentill.core.sale.SaleSummary;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static org.assertj.core.api.Assertions.tuple;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.store.AuditLog;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.core.catalog.Product;
import dev.opentill.store.jooq.Tables;
import dev.opentill.sync.SyncJson;

class TillServicesTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;

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
        Ticket t = till.selling().scan(COLA);
        assertThat(t.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("COLA");
            assertThat(l.netAmount()).isEqualTo(yuan("3.50"));
        });
    }

    @Test
    void aScaleLabelAddsTheWeighedItemByItsWeight() {
        String label = Gtin.withCheckDigit("25" + TestStores.CASHEW_PLU + "00250");
        Ticket t = till.selling().scan(label);
        assertThat(t.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantityMilli()).isEqualTo(250);
            assertThat(l.netAmount()).isEqualTo(yuan("22.25"));
        });
    }

    @Test
    void unknownAndGarbledCodesAreRefusedAndChangeNothing() {
        till.selling().scan(COLA);
        assertThatThrownBy(() -> till.selling().scan(Gtin.withCheckDigit("400000000000")))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.UNKNOWN_BARCODE));
        String badCheck = COLA.substring(0, 12) + ((COLA.charAt(12) - '0' + 1) % 10);
        assertThatThrownBy(() -> till.selling().scan(badCheck))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.BAD_CHECK_DIGIT));
        assertThat(till.ticket().current().lines()).hasSize(1);
    }

    @Test
    void todaysSalesListEachSaleWithItsTenderTypes() {
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        till.tender().complete();
        till.selling().scan(CHIPS);
        till.tender().addTender(TenderType.CARD, yuan("2.00"), "A1");
        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        till.tender().complete();

        assertThat(till.journal().todaysSales()).extracting(SaleSummary::tenderTypes)
                .containsExactlyInAnyOrder(List.of("CASH"), List.of("CARD", "CASH"));
    }

    @Test
    void todaysSalesMarkTheSalesTheCentreHasNotAcknowledged() {
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        UUID acked = till.tender().complete().saleId();
        till.selling().scan(CHIPS);
        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        UUID waiting = till.tender().complete().saleId();
        store.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, OffsetDateTime.now()).where(OUTBOX.AGGREGATE_ID.eq(acked))
                .execute();

        assertThat(till.journal().todaysSales()).extracting(SaleSummary::saleId, SaleSummary::atCentre)
                .containsExactlyInAnyOrder(tuple(acked, true), tuple(waiting, false));
    }

    @Test
    void theOpenTicketComesBackAfterARestart() {
        till.selling().scan(COLA);
        till.selling().scan(TEA);
        Ticket before = till.ticket().current();

        TillServices restarted = TillFixture.open(store);

        assertThat(restarted.ticket().current()).isEqualTo(before);
    }

    @Test
    void completingACashSaleStoresItWithGaplessReceiptNumbersAndOneOutboxEvent() {
        for (int i = 0; i < 3; i++) {
            till.selling().scan(COLA);
            till.selling().scan(CHIPS);
            till.tender().addTender(TenderType.CASH, yuan("20.00"), null);
            CompletedSale done = till.tender().complete();
            assertThat(done.receiptNo()).isEqualTo("S0001-T01-0000000" + (i + 1));
            assertThat(done.change()).isEqualTo(yuan("9.70"));
            assertThat(done.openDrawer()).isTrue();
        }
        assertThat(store.dsl().fetchCount(SALE)).isEqualTo(3);
        assertThat(store.dsl().fetchCount(OUTBOX)).isEqualTo(3);
        assertThat(store.dsl().fetchCount(STOCK_LEDGER)).isEqualTo(6);
        assertThat(till.ticket().current().lines()).isEmpty();
        SaleEvent e = readEvent(1);
        assertThat(e.totalMinor()).isEqualTo(1030);
        assertThat(e.stock()).extracting(SaleEvent.StockEntry::deltaMilli).containsExactly(-1000L, -1000L);
    }

    private SaleEvent readEvent(long seq) {
        try {
            return SyncJson.mapper()
                    .readValue(store.dsl().fetchValue(OUTBOX.PAYLOAD, OUTBOX.SEQ.eq(seq)), SaleEvent.class);
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void cashIsRoundedDownToTheTenFenStep() {
        till.selling().scan(COLA);
        till.selling().scan(CHIPS);
        till.selling().scan(COLA);
        // 3.50 + 6.80 + 3.50 = 13.80; add 0.05 discount to get an odd total of 13.75
        till.selling().discountTicket(yuan("0.05"), null);
        assertThat(till.ticket().cashDue()).isEqualTo(yuan("13.70"));
        till.tender().addTender(TenderType.CASH, yuan("13.70"), null);
        CompletedSale done = till.tender().complete();
        assertThat(done.change()).isEqualTo(yuan("0.00"));
        assertThat(done.receipt().cashRounding()).isEqualTo(yuan("-0.05"));
    }

    @Test
    void aRestOfAFewFenAfterACardIsSettledInCashAndStoredAsRounding() {
        till.selling().scan(TEA);
        till.tender().addTender(TenderType.CARD, yuan("11.97"), "A1");
        Money cashDue = till.ticket().cashDue();
        assertThat(cashDue).isEqualTo(yuan("0.00"));

        till.tender().addTender(TenderType.CASH, cashDue, null);
        CompletedSale done = till.tender().complete();

        assertThat(done.receipt().cashRounding()).isEqualTo(yuan("-0.03"));
        assertThat(done.change()).isEqualTo(yuan("0.00"));
        assertThat(readEvent(1).cashRoundingMinor()).isEqualTo(-3);
    }

    @Test
    void aTenderShortOfTheTotalCannotComplete() {
        till.selling().scan(TEA);
        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        assertThatThrownBy(till.tender()::complete)
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.TENDER_SHORT));
        assertThat(store.dsl().fetchCount(SALE)).isZero();
    }

    @Test
    void aCashierNeedsASupervisorToVoidALine() {
        Ticket t = till.selling().scan(COLA);
        var lineId = t.lines().get(0).id();
        assertThatThrownBy(() -> till.selling().voidLine(lineId, null))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
        assertThatThrownBy(() -> till.selling().voidLine(lineId, new Approval(TestStores.SUPERVISOR_CODE, "0000")))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));

        Ticket voided = till.selling().voidLine(lineId,
                new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN));

        assertThat(voided.lines().get(0).voided()).isTrue();
        assertThat(AuditLog.verify(store.dsl())).isEmpty();
    }

    @Test
    void aDiscountWithinTheCashiersLimitNeedsNoApprovalButALargerOneDoes() {
        till.selling().scan(TEA);
        var lineId = till.ticket().current().lines().get(0).id();
        till.selling().discountLine(lineId, yuan("0.60"), null);
        assertThatThrownBy(() -> till.selling().discountLine(lineId, yuan("0.61"), null))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
    }

    @Test
    void aLineCannotBeReturnedForMoreThanWasSoldAcrossSeveralReturns() {
        till.selling().scan(COLA);
        till.selling().changeQuantity(till.ticket().current().lines().get(0).id(), 3000);
        till.tender().addTender(TenderType.CARD, yuan("10.50"), "APPROVAL-1");
        String receipt = till.tender().complete().receiptNo();
        var supervisor = new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN);

        var sale = till.returns().startReturn(receipt, supervisor);
        var colaLine = sale.lines().get(0).line().id();
        till.returns().addReturnLine(colaLine, 2000);
        till.tender().addTender(TenderType.CARD, yuan("7.00"), "REFUND-1");
        till.tender().complete();

        var again = till.returns().startReturn(receipt, supervisor);
        assertThat(again.lines().get(0).returnableMilli()).isEqualTo(1000);
        assertThatThrownBy(() -> till.returns().addReturnLine(colaLine, 2000))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.RETURN_EXCEEDS_SOLD));
    }

    @Test
    void aParkedTicketCanBeResumedLater() {
        till.selling().scan(CHIPS);
        Ticket parked = till.ticket().current();
        till.park().park("blue jacket");
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CASH, yuan("5.00"), null);
        till.tender().complete();

        assertThat(till.park().parked()).singleElement().satisfies(p -> assertThat(p.label()).isEqualTo("blue jacket"));
        Ticket resumed = till.park().resume(till.park().parked().get(0).id());

        assertThat(resumed).isEqualTo(parked);
        assertThat(till.park().parked()).isEmpty();
    }

    @Test
    void aMemberIsFoundByPhoneAndEarnsPointsOnTheSale() {
        till.selling().scan(TEA);
        till.members().attachMember(TestStores.MEMBER_PHONE);
        till.tender().addTender(TenderType.MOBILE, yuan("12.00"), "WX-123456");
        till.tender().complete();
        assertThat(readEvent(1).points()).singleElement().satisfies(p -> assertThat(p.delta()).isEqualTo(12));
    }

    @Test
    void aNoSaleDrawerOpeningNeedsASupervisorAndIsAudited() {
        assertThatThrownBy(() -> till.journal().noSale(null))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.NOT_AUTHORISED));
        till.journal().noSale(new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN));
        assertThat(store.dsl().fetchCount(Tables.AUDIT_LOG,
                Tables.AUDIT_LOG.ACTION.eq("NO_SALE"))).isEqualTo(1);
    }

    @Test
    void quickKeysListMarkedCategoriesWithTheirProductsInKeyOrder() {
        var dsl = store.dsl();
        dsl.insertInto(Tables.CATEGORY)
                .set(Tables.CATEGORY.CODE, "DRINKS")
                .set(Tables.CATEGORY.NAME_ZH, "饮料")
                .set(Tables.CATEGORY.NAME_EN, "Drinks")
                .set(Tables.CATEGORY.QUICK_KEY, true).execute();
        var p = Tables.PRODUCT;
        dsl.update(p).set(p.CATEGORY_CODE, "DRINKS").set(p.QUICK_KEY_ORDER, 2).where(p.SKU.eq("COLA")).execute();
        dsl.update(p).set(p.CATEGORY_CODE, "DRINKS").set(p.QUICK_KEY_ORDER, 1).where(p.SKU.eq("TEA")).execute();

        assertThat(till.lookup().quickKeys()).singleElement().satisfies(page -> {
            assertThat(page.nameEn()).isEqualTo("Drinks");
            assertThat(page.products()).extracting(Product::sku).containsExactly("TEA",
                    "COLA");
        });
    }

    @Test
    void memberInfoShowsTheLastKnownPointsPlusThisTillsUnsentSales() {
        assertThat(till.members().member(TestStores.MEMBER_CARD)).get().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Zhang San");
            assertThat(m.tier()).isEqualTo("GOLD");
            assertThat(m.points()).isEqualTo(120);
        });
        till.selling().scan(TEA);
        till.members().attachMember(TestStores.MEMBER_CARD);
        till.tender().addTender(TenderType.CASH, yuan("12.00"), null);
        till.tender().complete();

        assertThat(till.members().member(TestStores.MEMBER_CARD)).get().extracting(MemberInfo::points).isEqualTo(132L);
        assertThat(till.members().member("no-such-card")).isEmpty();
    }
}
