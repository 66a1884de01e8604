package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.core.security.PinHasher;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manager closes the shift from the journal after a cash sale: the Z report is shown, printed and stored. */
class ShiftCloseIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new TillHarness(new TillOptions(dir, Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                    .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000)
                    .execute();
        });
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void aManagerClosesTheShiftWithTheCountedCash() throws Exception {
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.devices.scan(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.keys(KeyCode.F1);
        // The cashier sees the sale complete and touches "Next customer" (CashierPathIT covers the Enter key).
        h.waitUntil(() -> h.sales() == 1 && h.visible("#nextCustomer"));
        h.robot.clickOn("#nextCustomer");
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());

        h.keys(KeyCode.F11);
        h.waitUntil(() -> h.robot.lookup("#shiftAmount").tryQuery().isPresent());
        h.robot.clickOn("#xReport");
        h.waitUntil(() -> h.devices.reports().size() == 1);
        assertThat(h.devices.reports().get(0).get(0)).isEqualTo("X REPORT (shift still open)");

        h.robot.clickOn("#shiftAmount");
        h.robot.write("3.50");
        h.robot.clickOn("#closeShift");
        h.waitUntil(() -> h.robot.lookup("#approverCode").tryQuery().isPresent());
        h.robot.clickOn("#approverCode");
        h.enterText("8001");
        h.enterText("8888");
        h.waitUntil(() -> h.devices.reports().size() == 2);

        assertThat(h.devices.reports().get(1)).first().isEqualTo("Z REPORT No. 1");
        assertThat(h.devices.reports().get(1)).contains("Sales: 1", "Cash counted: ¥3.50");
        var shift = h.till.store.dsl().selectFrom(SHIFT).fetchSingle();
        assertThat(shift.getZNumber()).isEqualTo(1L);
        assertThat(shift.getCountedCashMinor()).isEqualTo(350L);
        assertThat(h.listSize("#shiftReport")).isGreaterThan(10);
    }
}
