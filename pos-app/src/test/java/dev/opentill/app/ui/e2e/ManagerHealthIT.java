package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.health.HealthViewModel;
import dev.opentill.core.security.PinHasher;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's health screen at a real till (store file, screens): a cashier opens it from the
 * cash office, a manager approves, and the bare till's findings are listed with a verdict that
 * counts its failures (no devices set up, no centre), in Chinese.
 */
class ManagerHealthIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aManagerChecksTheTillsHealthFromTheCashOffice() throws Exception {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Messages m = new Messages(zh);
        h = new TillHarness(new TillOptions(dir, zh), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                    .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000)
                    .execute();
        });
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.keys(KeyCode.F11);
        h.waitUntil(() -> h.visible("#cashOffice"));
        h.robot.clickOn("#cashOffice");
        h.waitUntil(() -> h.visible("#cashHEALTH"));
        h.robot.clickOn("#cashHEALTH");
        h.waitUntil(() -> h.visible("#healthCheck"));

        h.robot.clickOn("#healthCheck");
        h.waitUntil(() -> h.robot.lookup("#approverCode").tryQuery().isPresent());
        h.robot.clickOn("#approverCode");
        h.enterText("8001");
        h.enterText("8888");
        h.waitUntil(() -> h.listSize("#healthFindings") > 0);

        @SuppressWarnings("unchecked")
        ListView<HealthViewModel.Row> rows = h.robot.lookup("#healthFindings").queryAs(ListView.class);
        long failed = rows.getItems().stream().filter(r -> r.level().name().equals("FAIL")).count();
        assertThat(rows.getItems()).extracting(r -> r.text().key()).contains("health.devices.none",
                "health.centre.notEnrolled", "health.outbox.empty");
        assertThat(h.text("#healthVerdict")).isEqualTo(m.get("health.unhealthy", failed));
    }
}
