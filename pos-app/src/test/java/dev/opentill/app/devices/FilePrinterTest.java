package dev.opentill.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --printer=file:PATH}: the till writes the printer's bytes to that file, creating it. */
class FilePrinterTest {

    private static Receipt receipt() {
        Money cny = Money.ofMinor(350, Money.CNY);
        return new Receipt(Receipt.Kind.SALE, false, Locale.ENGLISH,
                new Receipt.StoreHeader("Corner Shop", "", "", "", null), "S0001-T01", "S0001-T01-00000009",
                ZonedDateTime.now(), "Amy",
                List.of(new Receipt.Line("Coca-Cola 330ml", "COLA", 1000, false, cny, Money.zero(Money.CNY), cny,
                        false)),
                cny, Money.zero(Money.CNY), cny, List.of(), List.of(new Receipt.Payment("CASH", cny, "")),
                Money.zero(Money.CNY), Money.zero(Money.CNY), null, List.of(), "S0001-T01-00000009", null);
    }

    @Test
    void theReceiptsBytesLandInTheFileWhichIsCreated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out").resolve("receipts.bin");

        try (PeripheralDevices devices = ConfiguredDevices.open(List.of(), "file:" + file, null)) {
            devices.devices().printer().print(receipt()).get(20, TimeUnit.SECONDS);
        }

        assertThat(file).exists();
        List<String> lines = StrictEscPosDecoder.decode(Files.readAllBytes(file)).lines();
        assertThat(lines).anyMatch(l -> l.contains("Coca-Cola 330ml") && l.contains("3.50"));
        assertThat(lines).anyMatch(l -> l.contains("S0001-T01-00000009"));
    }

    @Test
    void aMissingDeviceNodeIsNotCreated() {
        Path node = Path.of("/dev/usb/opentill-test-lp9");

        ConfiguredDevices.createPrinterFile(Connection.parse("file:" + node));

        assertThat(node).doesNotExist();
    }
}
