package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The money the screens show is the money that moves: pick-up orders paid online, cash refunds with rounding. */
class MoneyOnScreenIT {
    private static final String ORDER = "WXDEMO0001";

    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    private TillHarness open(Locale locale) throws Exception {
        return new TillHarness(new TillOptions(dir, locale), new SimulatedDevices().drawerClosesAfter(null), store -> {
            TestStores.fill(store);
            seedOrder(store);
        });
    }

    /** An order paid online: two colas, 7.00. */
    private static void seedOrder(TillStore store) {
        var dsl = store.dsl();
        UUID cola = dsl.select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                .where(PRODUCT_BARCODE.CODE.eq(TestStores.COLA))
                .fetchSingle().value1();
        UUID id = UUID.randomUUID();
        dsl.insertInto(PICKUP_ORDER).set(PICKUP_ORDER.ID, id).set(PICKUP_ORDER.ORDER_NO, ORDER)
                .set(PICKUP_ORDER.CUSTOMER_NAME, "陈静").set(PICKUP_ORDER.PAID_MINOR, 700L)
                .set(PICKUP_ORDER.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        dsl.insertInto(PICKUP_ORDER_LINE).set(PICKUP_ORDER_LINE.ORDER_ID, id).set(PICKUP_ORDER_LINE.LINE_NO, 1)
                .set(PICKUP_ORDER_LINE.PRODUCT_ID, cola).set(PICKUP_ORDER_LINE.SKU, "COLA")
                .set(PICKUP_ORDER_LINE.QUANTITY_MILLI, 2000L).set(PICKUP_ORDER_LINE.AMOUNT_MINOR, 700L).execute();
    }

    private void toTender() throws Exception {
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
    }

    @Test
    void aPickUpOrderSaysPaidOnlineWithNothingDueAndIsHandedOver() throws Exception {
        h = open(Locale.ENGLISH);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        h.devices.scan(ORDER);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);

        assertThat(h.text("#ticketTotal")).isEqualTo("¥7.00");
        assertThat(h.text("#ticketPaid")).isEqualTo("¥7.00");
        assertThat(h.text("#ticketDue")).isEqualTo("¥0.00");
        assertThat(h.text("#paymentBanner")).contains("Paid online");
        toTender();
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());
        assertThat(h.sales()).isEqualTo(1);
        assertThat(h.devices.drawerKicks()).isZero();
    }

    @Test
    void aCashRefundShowsTheCashHandedBackAndItsRoundingInChinese() throws Exception {
        h = open(Locale.SIMPLIFIED_CHINESE);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.devices.scan(Gtin.withCheckDigit("25" + TestStores.CASHEW_PLU + "00250"));
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        toTender();
        h.keys(KeyCode.F1);
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());
        String receiptNo = h.till.store.dsl().fetchOne(SALE).getReceiptNo();
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());

        h.keys(KeyCode.F10);
        h.waitUntil(() -> h.robot.lookup("#returnReceipt").tryQuery().isPresent());
        h.robot.clickOn("#returnReceipt");
        h.enterText(receiptNo);
        h.waitUntil(() -> h.robot.lookup("#approverCode").tryQuery().isPresent());
        h.robot.clickOn("#approverCode");
        h.enterText(TestStores.SUPERVISOR_CODE);
        h.enterText(TestStores.SUPERVISOR_PIN);
        h.waitUntil(() -> h.listSize("#returnLines") == 1);
        h.keys(KeyCode.F3);
        toTender();
        String due = h.text("#amountDue");
        h.keys(KeyCode.F1);
        h.waitUntil(() -> h.sales() == 2);
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());

        long cashOut = -h.till.store.dsl().select(SALE_TENDER.AMOUNT_MINOR).from(SALE_TENDER).join(SALE)
                .on(SALE.ID.eq(SALE_TENDER.SALE_ID)).where(SALE.KIND.eq("RETURN")).fetchSingle().value1();
        long rounding = Math.abs(h.till.store.dsl().select(SALE.CASH_ROUNDING_MINOR).from(SALE)
                .where(SALE.KIND.eq("RETURN")).fetchSingle().value1());
        assertThat(due).isEqualTo("¥22.25");
        assertThat(h.text("#changeDue")).isEqualTo(yuan(cashOut)).isEqualTo("¥22.20");
        assertThat(h.text("#cashRounding")).contains(yuan(rounding)).contains("¥0.05").contains("抹零");
    }

    private static String yuan(long minor) {
        return String.format("¥%d.%02d", minor / 100, minor % 100);
    }
}
