package dev.opentill.app.devices;

import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.devices.PrinterState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.ui.FakeTillService;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.sim.SimulatedPrinter;
import dev.opentill.peripherals.sim.SimulatedScale;
import dev.opentill.peripherals.sim.SimulatedScanner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.opentill.peripherals.DeviceNotReadyException;

class PeripheralDevicesTest {
    private final SimulatedPrinter paper = new SimulatedPrinter(PrinterProfile.EPSON_80MM);
    private final ScannerConfig scannerConfig = ScannerConfig.of("scanner", new Connection.Simulated());
    private final SimulatedScanner scanGun = new SimulatedScanner(scannerConfig);
    private final SimulatedScale plate = new SimulatedScale();
    private final ReceiptPrinter printer = Peripherals.simulatedPrinter(
            PrinterConfig.of("printer", new Connection.Simulated(), PrinterProfile.EPSON_80MM), paper);
    private final PeripheralDevices adapters = new PeripheralDevices(printer,
            Peripherals.drawer(DrawerConfig.viaPrinter("drawer"), printer), Peripherals.scanner(scannerConfig, scanGun),
            Peripherals.scale(ScaleConfig.of("scale", new Connection.Simulated()), plate), null);
    private final TillDevices devices = adapters.devices();

    @AfterEach
    void close() {
        adapters.close();
    }

    @Test
    void receiptFromTheTillComesOutOnThePrinter() throws Exception {
        FakeTillService till = new FakeTillService();
        till.product("1", "Coffee", "咖啡", "12.50", false);
        till.scan("1");
        till.addTender(TenderType.CASH, Money.parse("20", Money.CNY), null);

        devices.printer().print(till.complete().receipt()).get(10, TimeUnit.SECONDS);

        assertThat(paper.text()).contains("Coffee", "12.50", "T01-00000001");
    }

    @Test
    void paperOutFailsThePrint() {
        paper.setPaperOut(true);
        FakeTillService till = new FakeTillService();
        till.product("1", "Coffee", "咖啡", "12.50", false);
        till.scan("1");
        till.addTender(TenderType.CASH, Money.parse("20", Money.CNY), null);

        assertThatThrownBy(() -> devices.printer().print(till.complete().receipt()).get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(DeviceNotReadyException.class);
        assertThat(paper.text()).doesNotContain("Coffee");
    }

    @Test
    void scansFromTheSerialScannerReachTheListener() throws Exception {
        List<String> codes = new CopyOnWriteArrayList<>();
        devices.scanner().onScan(codes::add);

        scanGun.type("6901234567892");

        for (int i = 0; i < 500 && codes.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(codes).containsExactly("6901234567892");
    }

    @Test
    void stableWeightIsReadInGramsAndAnEmptyPlateIsRefused() {
        assertThatThrownBy(() -> devices.scale().readGrams()).isInstanceOf(IllegalStateException.class);

        plate.setWeight(new BigDecimal("0.356"));

        assertThat(devices.scale().readGrams()).isEqualTo(356);
    }

    @Test
    void printerConditionsMapToWhatTheStatusBarShows() {
        assertThat(PeripheralDevices.printerState(DeviceStatus.online("p", Set.of()))).isEqualTo(PrinterState.READY);
        assertThat(PeripheralDevices.printerState(DeviceStatus.online("p", Set.of(Condition.PAPER_OUT))))
                .isEqualTo(PrinterState.PAPER_OUT);
        assertThat(PeripheralDevices.printerState(DeviceStatus.online("p", Set.of(Condition.PAPER_NEAR_END))))
                .isEqualTo(PrinterState.PAPER_LOW);
        assertThat(PeripheralDevices.printerState(DeviceStatus.offline("p", "unplugged")))
                .isEqualTo(PrinterState.OFFLINE);
    }
}
