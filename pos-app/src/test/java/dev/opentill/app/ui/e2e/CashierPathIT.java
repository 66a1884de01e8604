package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.devices.PrinterState;
import dev.opentill.core.receipt.Receipt;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cashier's real path through the till window: headless, keyboard and scanner only. */
class CashierPathIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new TillHarness(dir, Locale.ENGLISH);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private void scanThreeItems() throws Exception {
        h.devices.scan(TestStores.COLA);
        h.devices.scan(TestStores.CHIPS);
        h.robot.clickOn("#scanField");
        h.enterText(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 3);
    }

    @Test
    void cashierLogsInScansThreeItemsAndPaysCash() throws Exception {
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        assertThat(h.text("#cashierStatus")).contains("Li Na");

        scanThreeItems();
        assertThat(h.text("#ticketTotal")).isEqualTo("¥13.80");

        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.robot.clickOn("#tenderAmount");
        h.enterText("20");
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());

        assertThat(h.text("#changeDue")).isEqualTo("¥6.20");
        h.waitUntil(() -> h.devices.printed().size() == 1);
        Receipt r = h.devices.printed().get(0);
        assertThat(r.lines()).extracting(Receipt.Line::sku).containsExactly("COLA", "CHIPS", "COLA");
        assertThat(r.total().toPlainString()).isEqualTo("13.80");
        assertThat(h.devices.drawerKicks()).isEqualTo(1);
        assertThat(h.sales()).isEqualTo(1);
        assertThat(h.till.store.dsl().fetchOne(SALE).getTotalMinor()).isEqualTo(1380);

        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent() && h.listSize("#ticketLines") == 0);
    }

    @Test
    void printerOutOfPaperLeavesTheSaleCompleteWithAReprintAction() throws Exception {
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.devices.setPrinter(PrinterState.PAPER_OUT);
        h.waitUntil(() -> h.text("#printerStatus").contains("PAPER OUT"));
        h.devices.scan(TestStores.TEA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);

        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.keys(KeyCode.F1);
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());

        assertThat(h.sales()).isEqualTo(1);
        h.waitUntil(() -> h.visible("#receiptNotPrinted"));
        assertThat(h.devices.printed()).isEmpty();

        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());
        h.waitUntil(() -> h.visible("#receiptNotPrinted"));

        h.devices.setPrinter(PrinterState.READY);
        h.robot.clickOn("#reprintButton");
        h.waitUntil(() -> h.devices.printed().size() == 1);
        h.waitUntil(() -> !h.visible("#receiptNotPrinted"));
        assertThat(h.sales()).isEqualTo(1);
    }

    @Test
    void returnOfOneLineWithASupervisorsApproval() throws Exception {
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        scanThreeItems();
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
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
        h.waitUntil(() -> h.listSize("#returnLines") == 3);

        h.keys(KeyCode.F3);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        assertThat(h.text("#amountDue")).isEqualTo("¥3.50");
        h.keys(KeyCode.F1);
        h.waitUntil(() -> h.sales() == 2);

        assertThat(h.till.store.dsl().selectFrom(SALE).where(SALE.KIND.eq("RETURN")).fetchSingle().getTotalMinor())
                .isEqualTo(-350);
    }
}
