package dev.opentill.app.ordering;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.OrderNumbering;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.app.testing.TestMenus;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A completed made-to-order sale keeps each line's options and gets the till's next daily order
 * number in its own transaction: on the stored rows, the receipt and its reprint, and the event
 * pushed to the centre. A sale of goods alone gets none.
 */
class MadeToOrderSaleTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    UUID tea;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        TestMenus.teaMenu(store, till);
        tea = till.catalog().byCode(TestStores.TEA).orElseThrow().id();
        till.tender().setReceiptLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CompletedSale largeTeaWithTwoPearlsAndACola() {
        till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "L"), new OptionPick("TOP", "PEARL", 2)));
        till.selling().scan(TestStores.COLA);
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        return till.tender().complete();
    }

    @Test
    void theReceiptShowsTheOptionsUnderTheDrinkAndTheOrderNumber() {
        CompletedSale done = largeTeaWithTwoPearlsAndACola();

        Receipt r = done.receipt();
        assertThat(r.orderNumber()).isEqualTo(1);
        assertThat(r.lines().get(0).options()).isEqualTo("Large / Pearls x2");
        assertThat(r.lines().get(0).unitPrice()).isEqualTo(TestMenus.fen(1900));
        assertThat(r.lines().get(1).options()).isNull();
        Receipt reprint = till.journal().reprint(done.saleId());
        assertThat(reprint.orderNumber()).isEqualTo(1);
        assertThat(reprint.lines()).extracting(Receipt.Line::options).isEqualTo(
                r.lines().stream().map(Receipt.Line::options).toList());
    }

    @Test
    void eachMadeToOrderSaleTakesTheNextNumberAndASaleOfGoodsAloneTakesNone() throws Exception {
        largeTeaWithTwoPearlsAndACola();
        till.selling().scan(TestStores.COLA);
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        CompletedSale goods = till.tender().complete();
        CompletedSale second = largeTeaWithTwoPearlsAndACola();

        assertThat(goods.receipt().orderNumber()).isNull();
        assertThat(second.receipt().orderNumber()).isEqualTo(2);
        assertThat(store.dsl().select(SALE.ORDER_NUMBER).from(SALE).orderBy(SALE.SEQUENCE_NO).fetch(SALE.ORDER_NUMBER))
                .containsExactly(1, null, 2);
    }

    @Test
    void theEventForTheCentreCarriesTheOptionsAndTheOrderNumber() throws Exception {
        CompletedSale done = largeTeaWithTwoPearlsAndACola();

        String payload = store.dsl().select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATE_ID.eq(done.saleId()))
                .fetchSingle(OUTBOX.PAYLOAD);
        SaleEvent e = SyncJson.mapper().readValue(payload, SaleEvent.class);
        assertThat(e.orderNumber()).isEqualTo(1);
        SaleEvent.Options o = e.lines().get(0).options();
        assertThat(o.basePriceMinor()).isEqualTo(1200);
        assertThat(o.chosen()).extracting(SaleEvent.Choice::optionCode, SaleEvent.Choice::count,
                SaleEvent.Choice::unitDeltaMinor).containsExactly(
                        tuple("L", 1, 300L),
                        tuple("PEARL", 2, 200L));
        assertThat(e.lines().get(1).options()).isNull();
    }

    @Test
    void theSecondOfTwoTillsNumbersFromFiveHundred() {
        store.close();
        store = TillStore.open(dir.resolve("till"));
        store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, OrderNumbering.SLOT)
                .set(STORE_SETTING.SETTING_VALUE, "1").execute();
        store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, OrderNumbering.SLOTS)
                .set(STORE_SETTING.SETTING_VALUE, "2").execute();
        till = TillFixture.open(store);
        till.tender().setReceiptLocale(Locale.ENGLISH);

        assertThat(largeTeaWithTwoPearlsAndACola().receipt().orderNumber()).isEqualTo(500);
    }
}
