package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.CASH_MOVEMENT;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.Z_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.core.security.PinHasher;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager's day at a real till (store file, screens, simulated printer), in English and in
 * Chinese: a float counted by denomination, a sale, the safe-drop prompt put off, a pay out beyond
 * the cashier's limit approved on the spot, the prompt again and the drop, then a blind close after
 * the offline review, refused for its variance until a reason is given; the Z printed; after a
 * restart the Z is found by its business date and printed again as a copy.
 */
class ManagerDayIT {
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
        return new TillHarness(new TillOptions(dir, locale), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                    .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000)
                    .execute();
            // Blind counts, a drop prompt over 255.00, a cashier pays out up to 5.00 unaided.
            Map.of("cash.blind_count", "true", "cash.drop_threshold", "25500", "cash.limit.cashier", "500")
                    .forEach((k, v) -> store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, k)
                            .set(STORE_SETTING.SETTING_VALUE, v).execute());
        });
    }

    @Test
    void aManagersDayInEnglish() throws Exception {
        walkTheDay(Locale.ENGLISH);
    }

    @Test
    void aManagersDayInChinese() throws Exception {
        walkTheDay(Locale.SIMPLIFIED_CHINESE);
    }

    private void approve() throws Exception {
        h.waitUntil(() -> h.robot.lookup("#approverCode").tryQuery().isPresent());
        h.robot.clickOn("#approverCode");
        h.enterText("8001");
        h.enterText("8888");
    }

    private void type(String field, String text) {
        h.robot.clickOn(field);
        h.robot.write(text);
    }

    private List<String> lastReport() {
        List<List<String>> all = h.devices.reports();
        return all.get(all.size() - 1);
    }

    private void toCashOffice() throws Exception {
        h.keys(KeyCode.F11);
        h.waitUntil(() -> h.visible("#cashOffice"));
        h.robot.clickOn("#cashOffice");
        h.waitUntil(() -> h.visible("#cashOPEN"));
    }

    private void backToSale() throws Exception {
        h.robot.clickOn("#cashBack");
        h.waitUntil(() -> h.visible("#scanField"));
    }

    private void walkTheDay(Locale locale) throws Exception {
        Messages m = new Messages(locale);
        h = open(locale);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        // The float: 2 x 100 + 1 x 50, approved by the manager; a slip prints.
        toCashOffice();
        type("#openCount0", "2");
        type("#openCount1", "1");
        h.waitUntil(() -> h.text("#openCountTotal").equals("¥250.00"));
        h.robot.clickOn("#openShiftConfirm");
        approve();
        h.waitUntil(() -> h.devices.reports().size() == 1);
        assertThat(lastReport()).contains(m.get("cash.slip.total", "¥250.00"));
        backToSale();
        assertThat(h.visible("#dropNow")).isFalse();

        // A sale of 12.00 in cash takes the drawer to 262.00, over the threshold: the till prompts.
        h.devices.scan(TestStores.TEA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.keys(KeyCode.F1);
        h.waitUntil(() -> h.sales() == 1 && h.visible("#nextCustomer"));
        h.robot.clickOn("#nextCustomer");
        h.waitUntil(() -> h.visible("#dropNow"));
        h.robot.clickOn("#dropLater");
        h.waitUntil(() -> !h.visible("#dropNow"));

        // A pay out of 6.00 to a supplier is beyond the cashier's 5.00: the manager approves it.
        toCashOffice();
        h.robot.clickOn("#cashMOVE");
        h.robot.clickOn("#moveKind_PAY_OUT");
        h.robot.clickOn("#moveReason_SUPPLIER");
        type("#moveAmount", "6");
        h.robot.clickOn("#moveRecord");
        approve();
        h.waitUntil(() -> h.devices.reports().size() == 2);
        assertThat(lastReport()).contains(m.get("cash.slip.amount", "¥6.00"), m.get("cash.slip.approved"));
        backToSale();

        // Still over the threshold (256.00): the prompt again, and this time the drop of 200.00, approved.
        h.waitUntil(() -> h.visible("#dropNow"));
        h.robot.clickOn("#dropNow");
        h.waitUntil(() -> h.visible("#moveBag"));
        type("#moveAmount", "200");
        type("#moveBag", "B-1042");
        h.robot.clickOn("#moveRecord");
        approve(); // 200.00 is beyond the cashier's 5.00 too
        h.waitUntil(() -> h.devices.reports().size() == 3);
        assertThat(lastReport()).contains(m.get("cash.slip.bag", "B-1042"));
        assertThat(h.till.store.dsl().fetchCount(CASH_MOVEMENT)).isEqualTo(3);

        // The close: the review first (the sale has not reached the centre), then a blind count.
        h.robot.clickOn("#cashCLOSE");
        h.waitUntil(() -> h.visible("#closeConfirmPending"));
        assertThat(h.listSize("#closeReview")).isGreaterThanOrEqualTo(2);
        assertThat(h.robot.lookup("#closeToCount").queryButton().isDisabled()).isTrue();
        h.robot.clickOn("#closeConfirmPending");
        h.robot.clickOn("#closeToCount");
        h.waitUntil(() -> h.visible("#closeCount0"));
        assertThat(h.text("#closeExpected")).isEqualTo(m.get("cash.expected_blind")).doesNotContain("¥");
        type("#closeCount1", "1"); // 50.00 counted where 56.00 is expected: 6.00 short, beyond 5.00
        h.robot.clickOn("#closeShiftConfirm");
        approve();
        h.waitUntil(() -> h.visible("#varianceReason"));
        assertThat(h.till.store.dsl().fetchCount(Z_REPORT)).isZero();
        type("#varianceReason", "Change given twice");
        h.robot.clickOn("#closeShiftConfirm");
        approve();
        h.waitUntil(() -> h.devices.reports().size() == 4);
        assertThat(lastReport()).first().isEqualTo(m.get("cash.z.title", 1));
        assertThat(lastReport()).contains(m.get("cash.z.variance_reason", "Change given twice"),
                m.get("cash.z.approved_by", "Zhao Min"), m.get("cash.z.pays_out", "¥6.00"),
                m.get("cash.z.drops", "¥200.00"), m.get("cash.z.not_at_centre", 1, 0));
        LocalDate businessDate = h.till.store.dsl().fetchSingle(Z_REPORT).getBusinessDate();
        h.close();

        // After a restart the Z is found by its business date and printed again, marked as a copy.
        h = open(locale);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        toCashOffice();
        h.robot.clickOn("#cashPAST_Z");
        h.waitUntil(() -> h.visible("#zQuery"));
        type("#zQuery", businessDate.toString());
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.listSize("#zFound") == 1);
        assertThat(h.robot.lookup("#zReportLines").queryAs(ListView.class).getItems().get(0))
                .isEqualTo(m.get("cash.z.title", 1));
        h.robot.clickOn("#zReprint");
        h.waitUntil(() -> h.devices.reports().size() == 1);
        assertThat(lastReport()).startsWith(m.get("cash.z.title", 1), m.get("cash.z.copy"));
    }
}
