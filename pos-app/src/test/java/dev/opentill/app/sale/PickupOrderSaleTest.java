package dev.opentill.app.sale;

import dev.opentill.app.TillServices;
import dev.opentill.app.tender.CompletedSale;

import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.app.testing.SaleErrors.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.Ticket;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.core.tender.TenderType;

/** Orders paid online handed over at the till: scanned, completed as a prepaid sale, collected once. */
class PickupOrderSaleTest {
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

    private UUID productOf(String barcode) {
        return store.dsl().select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                .where(PRODUCT_BARCODE.CODE.eq(barcode)).fetchSingle().value1();
    }

    private void order(String no, Object[]... lines) {
        UUID id = UUID.randomUUID();
        long paid = 0;
        for (Object[] l : lines) {
            paid += (Long) l[2];
        }
        store.dsl().insertInto(PICKUP_ORDER).set(PICKUP_ORDER.ID, id).set(PICKUP_ORDER.ORDER_NO, no)
                .set(PICKUP_ORDER.CUSTOMER_NAME, "陈静").set(PICKUP_ORDER.PAID_MINOR, paid)
                .set(PICKUP_ORDER.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        int n = 0;
        for (Object[] l : lines) {
            store.dsl().insertInto(PICKUP_ORDER_LINE).set(PICKUP_ORDER_LINE.ORDER_ID, id)
                    .set(PICKUP_ORDER_LINE.LINE_NO, ++n)
                    .set(PICKUP_ORDER_LINE.PRODUCT_ID, (UUID) l[0]).set(PICKUP_ORDER_LINE.SKU, "SKU")
                    .set(PICKUP_ORDER_LINE.QUANTITY_MILLI, (Long) l[1]).set(PICKUP_ORDER_LINE.AMOUNT_MINOR, (Long) l[2])
                    .execute();
        }
    }

    @Test
    void scanningTheOrderCodeHandsItOverAsAPrepaidSaleOnce() {
        order("WX20261121001", new Object[]{productOf(COLA), 2000L, 600L}, new Object[]{productOf(TEA), 1000L, 1800L});

        Ticket t = till.selling().scan("WX20261121001");

        assertThat(t.lines()).hasSize(2);
        assertThat(till.ticket().totals().total()).isEqualTo(Money.parse("24.00", Money.CNY));
        assertThat(till.ticket().settlement().isSettled()).isTrue();
        assertThat(till.tender().removeTenders().tenders()).singleElement()
                .satisfies(tender -> assertThat(tender.reference()).isEqualTo("WX20261121001"));
        CompletedSale done = till.tender().complete();

        assertThat(done.openDrawer()).isFalse();
        var tender = store.dsl().selectFrom(SALE_TENDER).fetchSingle();
        assertThat(tender.getTenderType()).isEqualTo("PREPAID");
        assertThat(tender.getReference()).isEqualTo("WX20261121001");
        assertThat(store.dsl().select(STOCK_LEDGER.DELTA_MILLI).from(STOCK_LEDGER).orderBy(STOCK_LEDGER.DELTA_MILLI)
                .fetch(STOCK_LEDGER.DELTA_MILLI)).containsExactly(-2000L, -1000L);
        assertThat(store.dsl().select(PICKUP_ORDER.COLLECTED_SALE_ID).from(PICKUP_ORDER).fetchSingle().value1())
                .isEqualTo(done.saleId());
        assertThat(store.dsl().fetchOne(SALE).getTotalMinor()).isEqualTo(2400L);
        assertThat(errorOf(() -> till.selling().scan("WX20261121001"))).isEqualTo(SaleError.ORDER_NOT_READY);
        till.selling().scan(COLA);
        assertThat(
                errorOf(() -> till.tender().addTender(TenderType.PREPAID, Money.parse("3.50",
                        Money.CNY), "WX20261121001")))
                .isEqualTo(SaleError.TENDER_NOT_ACCEPTED);
    }

    @Test
    void anOrderNeedsAnEmptyTicketAndProductsTheTillKnows() {
        order("WX2", new Object[]{productOf(COLA), 1000L, 300L});
        order("WX3", new Object[]{UUID.randomUUID(), 1000L, 300L});
        assertThat(errorOf(() -> till.selling().scan("WX3"))).isEqualTo(SaleError.ORDER_PRODUCT_UNKNOWN);
        assertThat(till.ticket().current().lines()).isEmpty();

        till.selling().scan(COLA);
        assertThat(errorOf(() -> till.selling().scan("WX2"))).isEqualTo(SaleError.TICKET_NOT_EMPTY);
        assertThat(till.ticket().current().lines()).hasSize(1);
    }
}
