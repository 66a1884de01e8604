package dev.opentill.peripherals.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.DeviceStatus.Availability;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SerialDrawerTest {

    @Test
    void drawerOnItsOwnPortGetsTheOpenCommandAndHasNoSensor(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "drawer")) {
            Connection port = new Connection.Serial(SerialSettings.of(pair.appPort(), 9600));
            DrawerConfig config = new DrawerConfig("drawer", DrawerConfig.Via.OWN_PORT, port, 2, Duration.ofMillis(100),
                    Duration.ofMillis(100), Duration.ofSeconds(30), new byte[]{0x07});
            try (FarEnd box = new FarEnd(pair.devicePort()); CashDrawer drawer = Peripherals.drawer(config, null)) {
                drawer.open().get(2, TimeUnit.SECONDS);
                assertThat(box.read(1, Duration.ofSeconds(2))).containsExactly(0x07);
                assertThat(drawer.state()).isEqualTo(DrawerState.UNKNOWN);
                assertThat(drawer.status().availability()).isEqualTo(Availability.ONLINE);
            }
        }
    }

    @Test
    void drawerConfigRefusesImpossiblePinsAndAPrinterDrawerWithoutAPrinter() {
        assertThatThrownBy(() -> DrawerConfig.viaPrinter("d").withPin(3, Duration.ofMillis(100)))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("pin must be 2 or 5");
        assertThatThrownBy(() -> DrawerConfig.viaPrinter("d").withPin(2, Duration.ofMillis(900)))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("pulse");
        assertThatThrownBy(() -> Peripherals.drawer(DrawerConfig.viaPrinter("d"), null))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("no printer");
    }

    @Test
    void aDrawerOnAPinThePrinterModelDoesNotDriveIsRefusedWhenBuilt() {
        ReceiptPrinter sunmi = Peripherals.printer(PrinterConfig.of("printer", new Connection.Simulated(),
                PrinterModels.byId("sunmi-58")));
        ReceiptPrinter generic = Peripherals.printer(PrinterConfig.of("printer", new Connection.Simulated(),
                PrinterModels.byId("generic")));
        try (sunmi; generic) {
            assertThatThrownBy(() -> Peripherals.drawer(DrawerConfig.viaPrinter("d"), sunmi))
                    .isInstanceOf(DeviceConfigException.class).hasMessageContaining("sunmi-58 has no drawer connector");
            assertThatThrownBy(() -> Peripherals.drawer(DrawerConfig.viaPrinter("d").withPin(5, Duration.ofMillis(100)),
                    generic)).hasMessageContaining("drives pin [2] only");
        }
    }
}
