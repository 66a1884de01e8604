package dev.opentill.peripherals.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.printer.EscPosPrinter;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.testing.FakeEscPosPrinter;
import dev.opentill.peripherals.testing.SocatPair;
import dev.opentill.peripherals.transport.SerialTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class PrinterKickDrawerTest {

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within %s", within).isTrue();
    }

    @Test
    void kickSendsEscPOnPinFiveEvenWithPaperOutAndTheSensorTracksOpenLeftOpenAndClosed(@TempDir Path dir)
            throws Exception {
        try (SocatPair pair = new SocatPair(dir, "drawer");
                FakeEscPosPrinter device = new FakeEscPosPrinter(pair.devicePort())) {
            SerialSettings settings = SerialSettings.of(pair.appPort(), 38400);
            PrinterConfig pc = PrinterConfig.of("printer", new Connection.Serial(settings), PrinterProfile.EPSON_80MM)
                    .withDrawerSensor(DrawerSensor.OPEN_WHEN_LOW)
                    .withTimeouts(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(5));
            device.setStatus(0x12 | 0x04 | 0x08, 0x12 | 0x20, 0x12, 0x12 | 0x60); // closed (pin high), paper out
            try (EscPosPrinter printer = new EscPosPrinter(pc, new SerialTransport(settings));
                    PrinterKickDrawer drawer = new PrinterKickDrawer(DrawerConfig.viaPrinter("drawer")
                            .withPin(5, Duration.ofMillis(120)).withLeftOpenAfter(Duration.ofMillis(400)), printer)) {
                await(() -> drawer.state() == DrawerState.CLOSED, Duration.ofSeconds(2));

                drawer.open().get(2, TimeUnit.SECONDS);
                assertThat(device.awaitBytes(5, Duration.ofSeconds(2))).containsExactly(0x1B, 0x70, 1, 60, 50);

                device.setStatus(0x12 | 0x08, 0x12 | 0x20, 0x12, 0x12 | 0x60); // pin 3 low: open
                await(() -> drawer.state() == DrawerState.OPEN, Duration.ofSeconds(2));
                assertThat(drawer.status().has(Condition.DRAWER_LEFT_OPEN)).isFalse();
                await(() -> drawer.status().has(Condition.DRAWER_LEFT_OPEN), Duration.ofSeconds(2));

                device.setStatus(0x12 | 0x04, 0x12, 0x12, 0x12);
                await(() -> drawer.state() == DrawerState.CLOSED, Duration.ofSeconds(2));
                assertThat(drawer.status().conditions()).isEmpty();
            }
        }
    }
}
