package dev.opentill.installer;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setup wizard end to end against a real centre process and virtual serial devices (socat):
 * the centre's QR code scanned into the wizard, the store and terminal it names, the catalog, the
 * devices found and each one tested live, the finish refused until a manager can log in; and a
 * setup stopped half-way that resumes where it stopped after a restart.
 */
class SetupWizardIT {
    private static final String BARCODE = "6901234567892";
    @TempDir
    static Path shared;
    private static CentralProcess central;
    @TempDir
    Path dir;

    @BeforeAll
    static void startCentre() throws Exception {
        central = new CentralProcess(shared.resolve("central"));
    }

    @AfterAll
    static void stopCentre() throws Exception {
        central.close();
    }

    @Test
    void aScannedQrCodeEnrollsTheTillEachDeviceIsFoundAndTestedLiveAndItFinishesOnlyOnceAManagerCanLogIn()
            throws Exception {
        String qr = central.enrollmentQrWithoutManager("S0101", "S0101-T01");
        try (SocatPair printerLink = new SocatPair(dir, "printer");
                SocatPair scannerLink = new SocatPair(dir, "scanner");
                SocatPair displayLink = new SocatPair(dir, "display");
                FakeEscPosPrinter printer = new FakeEscPosPrinter(printerLink.devicePort());
                FarEnd gun = new FarEnd(scannerLink.devicePort());
                FarEnd pole = new FarEnd(displayLink.devicePort());
                WizardHarness w = new WizardHarness(dir,
                        List.of(printerLink.appPort(), scannerLink.appPort(), displayLink.appPort()))) {
            w.shot("setup-1-language.png");
            w.click("#setupEnglish");
            w.waitUntil(() -> w.visible("#setupUrl"));

            w.type("#setupUrl", qr); // a keyboard-wedge scanner types the payload and Enter
            w.robot.type(KeyCode.ENTER);
            w.waitUntil(() -> w.text("#setupIdentity").equals("Store S0101, terminal S0101-T01"));
            assertThat(setting(w, "sync.url")).isEqualTo(central.url);
            w.shot("setup-2-enrollment.png");

            w.click("#setupConfirm");
            w.waitUntil(() -> w.visible("#setupDiscover"));
            w.click("#setupDiscover");
            w.waitUntil(() -> w.list("#setupFound").getItems().size() == 3);
            assertThat(w.robot.lookup("#setupFound .list-cell").queryAllAs(Labeled.class))
                    .anyMatch(cell -> String.valueOf(cell.getText()).contains("a receipt printer answered"));
            // The only device that answered as a printer is filled in: no pick, no Use.
            assertThat(w.text("#setupConn_receipt_printer")).contains(printerLink.appPort());
            w.select("#setupFound", index(w, scannerLink.appPort()));
            w.click("#setupUse_scanner");
            w.select("#setupFound", index(w, displayLink.appPort()));
            w.click("#setupUse_customer_display");
            assertThat(w.text("#setupConn_drawer")).as("filled in").isEqualTo("printer");

            w.click("#setupTest_receipt_printer");
            w.waitUntil(() -> w.text("#setupResult_receipt_printer").startsWith("Test page printed"));
            w.waitUntil(() -> latin1(printer.received()).contains("OpenTill"));
            printer.clear();
            w.click("#setupTest_drawer");
            w.waitUntil(() -> w.text("#setupResult_drawer").startsWith("Drawer kicked"));
            w.waitUntil(() -> latin1(printer.received()).contains("\u001Bp\u0000")); // ESC p, pin 2
            w.click("#setupTest_scanner");
            w.waitUntil(() -> {
                gun.write(BARCODE + "\r\n");
                Thread.sleep(200);
                return w.text("#setupResult_scanner").equals("Scanned: " + BARCODE);
            });
            w.click("#setupTest_customer_display");
            w.waitUntil(() -> w.text("#setupResult_customer_display").startsWith("The display shows"));
            assertThat(latin1(pole.readUntilQuiet(Duration.ofMillis(300), Duration.ofSeconds(5)))).contains("OpenTill");
            w.shot("setup-3-devices.png");

            w.click("#setupDevicesDone");
            w.waitUntil(() -> w.visible("#setupFinish"));
            assertThat(new DeviceConfigRepository(w.store, Clock.systemUTC()).all()).extracting(DeviceSetting::kind)
                    .containsExactly(Kind.RECEIPT_PRINTER, Kind.DRAWER, Kind.SCANNER, Kind.CUSTOMER_DISPLAY);
            w.click("#setupFinish");
            w.waitUntil(() -> w.text("#setupMessage").contains("no manager of store S0101"));
            assertThat(w.finished.get()).isZero();
            assertThat(setting(w, "setup.step")).isEqualTo("SUMMARY");
            w.shot("setup-4-summary-no-manager.png");

            central.manager("S0101");
            w.click("#setupFinish");
            w.waitUntil(() -> w.finished.get() == 1);
            assertThat(setting(w, "setup.step")).isEqualTo("DONE");
        }
        // The till opens its store again after the wizard (TillApplication.reopen): nothing the wizard
        // wrote may be missing then.
        try (TillStore reopened = TillStore.open(dir.resolve("till"))) {
            assertThat(reopened.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(
                    "setup.step"))).isEqualTo("DONE");
            assertThat(reopened.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(
                    "sync.credential"))).isNotBlank();
            assertThat(new DeviceConfigRepository(reopened, Clock.systemUTC()).all()).extracting(DeviceSetting::kind)
                    .containsExactly(Kind.RECEIPT_PRINTER, Kind.DRAWER, Kind.SCANNER, Kind.CUSTOMER_DISPLAY);
        }
    }

    @Test
    void aRefusedCodeLeavesTheTillUnenrolledAndASetupStoppedAfterTheEnrollmentResumesThereAfterARestart()
            throws Exception {
        String qr = central.enrollmentQr("S0102", "S0102-T01");
        try (WizardHarness w = new WizardHarness(dir, List.of())) {
            w.click("#setupChinese");
            w.waitUntil(() -> w.visible("#setupUrl"));
            w.type("#setupUrl", central.url);
            w.type("#setupCode", "WRON-GCOD-E999");
            w.click("#setupEnroll");
            w.waitUntil(() -> w.text("#setupMessage").contains("总部拒绝了此注册码"));
            assertThat(setting(w, "sync.credential")).isNull();
            w.shot("setup-2-refused-zh.png");

            w.robot.interact(() -> {
                w.robot.lookup("#setupUrl").queryTextInputControl().setText("");
                w.robot.lookup("#setupCode").queryTextInputControl().setText("");
            });
            w.type("#setupUrl", qr);
            w.robot.type(KeyCode.ENTER);
            w.waitUntil(() -> w.text("#setupIdentity").contains("S0102-T01"));
        }
        try (WizardHarness w = new WizardHarness(dir, List.of())) {
            w.waitUntil(() -> w.visible("#setupConfirm") && w.text("#setupIdentity").contains("S0102-T01"));
            assertThat(w.text("#setupStepOf")).isEqualTo("第 2 步，共 4 步");
            w.click("#setupConfirm");
            w.waitUntil(() -> w.visible("#setupDiscover"));
            assertThat(w.text("#setupConn_scanner")).as("filled in").isEqualTo("keyboard");
            w.click("#setupDevicesDone");
            w.waitUntil(() -> w.visible("#setupFinish"));
        }
        try (WizardHarness w = new WizardHarness(dir, List.of())) {
            w.waitUntil(() -> w.visible("#setupFinish"));
            assertThat(new DeviceConfigRepository(w.store, Clock.systemUTC()).all()).extracting(DeviceSetting::kind)
                    .containsExactly(Kind.DRAWER, Kind.SCANNER);
            w.shot("setup-4-summary-zh.png");
            w.click("#setupFinish");
            w.waitUntil(() -> w.finished.get() == 1);
        }
    }

    private static int index(WizardHarness w, String port) {
        List<?> items = w.list("#setupFound").getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).toString().contains(port)) {
                return i;
            }
        }
        throw new AssertionError(port + " not found in " + items);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String setting(WizardHarness w, String key) {
        return w.store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(key));
    }
}
