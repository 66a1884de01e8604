package dev.opentill.app.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.SampleReceipts;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDevicesTest {
    @TempDir
    Path dir;

    @Test
    void theStoredPrinterModelAndSerialSettingsDriveTheRealPrinter() throws Exception {
        try (SocatPair link = new SocatPair(dir, "printer");
                FakeEscPosPrinter paper = new FakeEscPosPrinter(link.devicePort())) {
            DeviceSetting tmT88 = new DeviceSetting(Kind.RECEIPT_PRINTER, "serial:" + link.appPort()
                    + "?baud=19200&mode=8N1&flow=none", "epson-tm-t88v", null, null);
            try (PeripheralDevices devices = ConfiguredDevices.open(List.of(tmT88), null, null)) {
                devices.devices().printer().print(SampleReceipts.englishSale()).get(15, TimeUnit.SECONDS);
            }
            List<String> lines = StrictEscPosDecoder.decode(paper.awaitBytes(1, Duration.ofSeconds(5))).lines();
            int widest = lines.stream().mapToInt(String::length).max().orElse(0);
            assertThat(widest).isEqualTo(PrinterModels.byId("epson-tm-t88v").columns()).isEqualTo(42);
        }
    }

    @Test
    void aDrawerOnAPinThePrinterModelLacksIsRefusedNamingThePins() {
        DeviceSetting sunmi = DeviceSetting.of(Kind.RECEIPT_PRINTER, "sim", "sunmi-80");
        DeviceSetting drawer = new DeviceSetting(Kind.DRAWER, DeviceSetting.VIA_PRINTER, null, null, 5);
        assertThatThrownBy(() -> DeviceConfigs.check(drawer, sunmi.model()))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("sunmi-80");
    }

    @Test
    void aCodePageTheModelDoesNotHaveIsRefused() {
        DeviceSetting p = new DeviceSetting(Kind.RECEIPT_PRINTER, "sim", "generic", "PC866", null);
        assertThatThrownBy(() -> DeviceConfigs.check(p, null)).isInstanceOf(DeviceConfigException.class)
                .hasMessageContaining("no code page PC866");
    }

    @Test
    void theCommandLineOverrideKeepsTheStoredModelButTakesItsPort() {
        DeviceSetting stored = DeviceSetting.of(Kind.RECEIPT_PRINTER, "tcp:10.0.0.5:9100", "epson-tm-t88v");

        DeviceSetting over = ConfiguredDevices.override(stored, Kind.RECEIPT_PRINTER, "/dev/ttyUSB3");

        assertThat(over.model()).isEqualTo("epson-tm-t88v");
        assertThat(over.connection()).isEqualTo("serial:/dev/ttyUSB3?baud=9600&mode=8N1&flow=none");
        assertThat(ConfiguredDevices.override(null, Kind.SCANNER, null).connection()).isEqualTo("sim");
    }
}
