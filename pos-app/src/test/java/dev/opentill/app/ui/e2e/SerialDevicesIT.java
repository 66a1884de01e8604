package dev.opentill.app.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.testing.TestStores;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till over real serial links (socat pty pairs): three items scanned by a serial scanner,
 * paid in cash, and the receipt's ESC/POS bytes arriving at the serial printer with the right lines.
 */
class SerialDevicesIT {
    @TempDir
    Path dir;

    @Test
    void serialScannerAndSerialPrinterCarryARealSale() throws Exception {
        try (SocatPair scannerLink = new SocatPair(dir, "scanner");
                SocatPair printerLink = new SocatPair(dir, "printer");
                FakeEscPosPrinter printer = new FakeEscPosPrinter(printerLink.devicePort());
                FarEnd gun = new FarEnd(scannerLink.devicePort())) {
            TillOptions options = new TillOptions(dir.resolve("data"), Locale.ENGLISH, printerLink.appPort(),
                    scannerLink.appPort());
            try (TillHarness h = new TillHarness(options, null)) {
                h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

                for (String code : List.of(TestStores.COLA, TestStores.TEA, TestStores.CHIPS)) {
                    gun.write(code + "\r\n");
                    Thread.sleep(200);
                }
                h.waitUntil(() -> h.listSize("#ticketLines") == 3);
                h.keys(KeyCode.F12);
                h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
                h.keys(KeyCode.F1);
                h.waitUntil(() -> !h.text("#changeDue").isEmpty());

                h.waitUntil(() -> StrictEscPosDecoder.decode(printer.received()).lines().stream()
                        .anyMatch(l -> l.contains("22.30")));
                List<String> lines = StrictEscPosDecoder.decode(printer.received()).lines();
                assertThat(lines).anyMatch(l -> l.contains("Coca-Cola 330ml"))
                        .anyMatch(l -> l.contains("Tieguanyin Tea 100g"))
                        .anyMatch(l -> l.contains("Lay's Chips Original"));
                assertThat(h.sales()).isEqualTo(1);
            }
        }
    }
}
