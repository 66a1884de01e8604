package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.DEVICE_CONFIG;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.shell.TillApplication;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.core.security.PinHasher;
import dev.opentill.sync.Enrollment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager opens the setup wizard again from a selling till (enrolled with a real centre on
 * loopback), opened the way the Launcher opens it: from the cash office's health panel, the wizard
 * takes the window at its devices step; a printer is set there and the setup finished; the till
 * opens again with the new device stored, the reopening in the audit log.
 */
class SetupAgainIT {
    @TempDir
    Path dir;
    private CentralPlatform central;
    private TillApplication app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (central != null) {
            central.close();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shown on screen: the node and every parent visible (a hidden wizard step hides its keys). */
    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }

    private void click(String query) {
        ButtonBase key = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(key::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeDigits(String digits) {
        for (char c : digits.toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DSLContext store() {
        return ((TillComposition) app.composition()).store.dsl();
    }

    @Test
    void aManagerSetsUpThePrinterAgainAndTheTillOpensWithIt() throws Exception {
        central = CentralPlatform.start(CentralConfig.embedded(dir.resolve("central"), 0, "it-token"));
        central.admin().createStore("S0001", "Test Store");
        central.admin().createTerminal("S0001", "S0001-T01");
        String code = central.admin().enrollmentCode("S0001", "S0001-T01", Duration.ofMinutes(5)).code();
        String url = central.url();
        SimulatedDevices devices = new SimulatedDevices();
        TillOptions options = new TillOptions(dir.resolve("till"), Locale.ENGLISH);
        TillApplication.prepare(() -> new TillComposition(options, new FxTaskRunner(), store -> {
            TestStores.fill(store);
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                    .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000)
                    .execute();
            Enrollment.enroll(store.dsl(), url, code, "it-till");
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "setup.step")
                    .set(STORE_SETTING.SETTING_VALUE, "DONE").execute();
        }, devices.devices()));
        FxToolkit.registerPrimaryStage();
        app = (TillApplication) FxToolkit.setupApplication(TillApplication::new);
        WaitForAsyncUtils.waitForFxEvents();
        TillComposition first = (TillComposition) app.composition();

        // The manager signs in and opens the health panel of the cash office.
        waitUntil(() -> visible("#loginEnter"));
        typeDigits("8001");
        typeDigits("8888");
        waitUntil(() -> robot.lookup("#scanField").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.F11);
        waitUntil(() -> visible("#cashOffice"));
        click("#cashOffice");
        waitUntil(() -> visible("#cashHEALTH"));
        click("#cashHEALTH");
        waitUntil(() -> visible("#healthSetup"));

        click("#healthSetup");

        // The wizard takes the window at its devices step; a printer on a device file is set.
        waitUntil(() -> visible("#setupDevicesDone"));
        Path printerFile = dir.resolve("printer.bin");
        ComboBox<String> model = robot.lookup("#setupOpt_receipt_printer").queryComboBox();
        robot.interact(() -> {
            robot.lookup("#setupConn_receipt_printer").queryTextInputControl().setText("file:" + printerFile);
            model.getSelectionModel().selectFirst();
        });
        click("#setupDevicesDone");
        waitUntil(() -> visible("#setupSummary") && visible("#setupFinish"));
        click("#setupFinish");

        // The till opens again (a new opening of the same store) with the printer stored.
        waitUntil(() -> app.composition() != null && app.composition() != first && visible("#loginEnter"));
        assertThat(store().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq("setup.step")))
                .isEqualTo("DONE");
        assertThat(store().fetchValue(DEVICE_CONFIG.CONNECTION, DEVICE_CONFIG.KIND.eq("receipt_printer")))
                .isEqualTo("file:" + printerFile);
        assertThat(store().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SETUP_REOPENED"))).isEqualTo(1);
    }
}
