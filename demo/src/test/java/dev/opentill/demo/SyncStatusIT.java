package dev.opentill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.e2e.TillHarness;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.sync.Enrollment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Predicate;

/**
 * The status bar against a real central platform on loopback: online while the centre answers,
 * offline with the sales waiting to sync once it is down.
 */
class SyncStatusIT {
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

    @Test
    void statusBarGoesOfflineWithTheWaitingSaleWhenTheCentreIsDown() throws Exception {
        central = CentralPlatform.start(CentralConfig.embedded(dir.resolve("central"), 0, "it-token"));
        central.admin().createStore("S0001", "Test Store");
        central.admin().createTerminal("S0001", "S0001-T01");
        String code = central.admin().enrollmentCode("S0001", "S0001-T01", Duration.ofMinutes(5)).code();
        h = new TillHarness(new TillOptions(dir.resolve("till"), Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            Enrollment.enroll(store.dsl(), central.url(), code, "it-till");
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
        h.waitUntil(() -> h.sales() == 1);

        awaitText("#syncStatus", s -> s.equals("OFFLINE - 1 sales waiting to sync"));
        assertThat(h.text("#syncStatus")).isEqualTo("OFFLINE - 1 sales waiting to sync");
    }

    private void awaitText(String query, Predicate<String> ok) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ok.test(h.text(query))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(query + " still shows '" + h.text(query) + "'");
            }
            Thread.sleep(100);
        }
    }
}
