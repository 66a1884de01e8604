package dev.opentill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.e2e.TillHarness;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.sync.Enrollment;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The close's "sync now" against a real central platform on loopback: a sale made while the centre
 * is down stays in the review and "sync now" says it is still not at the centre; once the centre is
 * back, "sync now" sends it, says done, and the close no longer needs the confirmation.
 */
class CloseSyncNowIT {
    @TempDir
    Path dir;
    private CentralPlatform central;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
        if (central != null) {
            central.close();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void syncNowTellsTheTruthWhileTheCentreIsDownAndSendsTheSaleOnceItIsBack() throws Exception {
        Messages m = new Messages(Locale.ENGLISH);
        int port = freePort();
        CentralConfig config = CentralConfig.embedded(dir.resolve("central"), port, "it-token");
        central = CentralPlatform.start(config);
        central.admin().createStore("S0001", "Test Store");
        central.admin().createTerminal("S0001", "S0001-T01");
        String code = central.admin().enrollmentCode("S0001", "S0001-T01", Duration.ofMinutes(5)).code();
        String url = central.url();
        h = new TillHarness(new TillOptions(dir.resolve("till"), Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            Enrollment.enroll(store.dsl(), url, code, "it-till");
        });
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        awaitText("#syncStatus", s -> s.startsWith("Online"));

        central.close();
        central = null;
        h.devices.scan(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.robot.clickOn("#tenderAmount");
        h.enterText("5");
        h.waitUntil(() -> h.sales() == 1 && h.visible("#nextCustomer"));
        h.robot.clickOn("#nextCustomer");
        awaitText("#syncStatus", s -> s.startsWith("OFFLINE"));

        h.keys(KeyCode.F11);
        h.waitUntil(() -> h.visible("#cashOffice"));
        h.robot.clickOn("#cashOffice");
        h.waitUntil(() -> h.visible("#cashCLOSE"));
        h.robot.clickOn("#cashCLOSE");
        h.waitUntil(() -> h.visible("#closeSyncNow") && h.visible("#closeConfirmPending"));

        // The centre is down: the sale is still on the till, and the screen says so.
        h.robot.clickOn("#closeSyncNow");
        awaitText("#closeSyncProgress", s -> s.startsWith("Not finished"));
        assertThat(h.text("#closeSyncProgress"))
                .startsWith("Not finished: 1 sale(s) still not at the centre, 0 rejected");
        assertThat(h.visible("#closeConfirmPending")).isTrue();
        assertThat(h.robot.lookup("#closeToCount").queryButton().isDisabled()).isTrue();

        // The centre is back on the same address: "sync now" sends the sale and says done.
        central = CentralPlatform.start(config);
        h.waitUntil(() -> !h.robot.lookup("#closeSyncNow").queryButton().isDisabled());
        h.robot.clickOn("#closeSyncNow");
        awaitText("#closeSyncProgress", s -> s.equals(m.get("cash.sync.done")));
        assertThat(h.visible("#closeConfirmPending")).isFalse();
        assertThat(h.robot.lookup("#closeToCount").queryButton().isDisabled()).isFalse();
        assertThat(h.listSize("#closeReview")).isEqualTo(1);
    }

    private void awaitText(String query, Predicate<String> ok) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!ok.test(h.text(query))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(query + " still shows '" + h.text(query) + "'");
            }
            Thread.sleep(100);
        }
    }
}
