package dev.opentill.app.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.app.testing.TestStores;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till whose configured serial printer and scanner are not there when it starts: it opens, shows
 * both offline, sells with the code typed by hand, and when the devices are plugged in (socat pairs
 * made only then) it finds them and the next sale is scanned and printed on them.
 */
class UnpluggedAtStartIT {
    @TempDir
    Path dir;

    @Test
    void devicesAbsentAtStartAreShownOfflineAndComeBackWhilstSellingGoesOn() throws Exception {
        Path printerPort = dir.resolve("printer-app");
        Path scannerPort = dir.resolve("scanner-app");
        List<DeviceSetting> setup = List.of(
                new DeviceSetting(Kind.RECEIPT_PRINTER, "serial:" + printerPort + "?baud=19200&mode=8N1&flow=none",
                        "epson-tm-t88v", null, null),
                DeviceSetting.of(Kind.SCANNER, "serial:" + scannerPort + "?baud=9600", null));
        TillOptions options = new TillOptions(dir.resolve("data"), Locale.ENGLISH);
        try (TillHarness h = new TillHarness(options, null, store -> {
            TestStores.fill(store);
            new DeviceConfigRepository(store, Clock.systemUTC()).save(setup);
        })) {
            h.waitUntil(() -> h.text("#printerStatus").contains("OFFLINE") && h.visible("#scannerStatus"));

            h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
            h.enterText(TestStores.COLA);
            h.waitUntil(() -> h.listSize("#ticketLines") == 1);
            payCash(h, true);
            h.waitUntil(() -> h.sales() == 1);

            try (SocatPair printerLink = new SocatPair(dir, "printer");
                    SocatPair scannerLink = new SocatPair(dir, "scanner");
                    FakeEscPosPrinter printer = new FakeEscPosPrinter(printerLink.devicePort());
                    FarEnd gun = new FarEnd(scannerLink.devicePort())) {
                h.waitUntil(() -> !h.text("#printerStatus").contains("OFFLINE") && !h.visible("#scannerStatus"));

                gun.write(TestStores.TEA + "\r\n");
                h.waitUntil(() -> h.listSize("#ticketLines") == 1);
                payCash(h, false);
                h.waitUntil(() -> h.sales() == 2);
                h.waitUntil(() -> StrictEscPosDecoder.decode(printer.received()).lines().stream()
                        .anyMatch(l -> l.contains("Tieguanyin Tea 100g")));
                assertThat(StrictEscPosDecoder.decode(printer.received()).lines())
                        .allMatch(l -> l.length() <= 42);
            }
        }
    }

    /** Pays in cash; {@code backToSale} also closes the change screen for the next sale. */
    private static void payCash(TillHarness h, boolean backToSale) throws Exception {
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.keys(KeyCode.F1);
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());
        if (!backToSale) {
            return;
        }
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent() && h.listSize("#ticketLines") == 0);
    }
}
