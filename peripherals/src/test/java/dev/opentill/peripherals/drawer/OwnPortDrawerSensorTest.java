package dev.opentill.peripherals.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.DeviceStatus;
import dev.opentill.peripherals.DeviceStatus.Condition;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.testing.FarEnd;
import dev.opentill.peripherals.testing.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A drawer on its own serial port whose interface answers DLE EOT 1: its switch drives the status like a printer's. */
@Timeout(30)
class OwnPortDrawerSensorTest {
    private static final byte CLOSED = 0x12;
    private static final byte OPEN = 0x16; // bit 2: pin 3 high

    private volatile byte box = CLOSED;

    private static void await(CashDrawer drawer, Predicate<DeviceStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.test(drawer.status()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(drawer.status()).matches(condition);
    }

    /** The drawer box: answers each DLE EOT 1 with its switch, and opens on ESC p. */
    private Thread answering(FarEnd end) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    byte[] b = end.read(1, Duration.ofMillis(50));
                    if (b.length == 1 && b[0] == 0x10) {
                        byte[] rest = end.read(2, Duration.ofMillis(200));
                        if (rest.length == 2 && rest[0] == 0x04 && rest[1] == 1) {
                            end.write(box);
                        }
                    } else if (b.length == 1 && b[0] == 0x1B) {
                        end.read(4, Duration.ofMillis(200));
                        box = OPEN;
                    }
                }
            } catch (Exception e) {
                // closed port at the end of the test
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void openingShowsOpenThenLeftOpenAndShuttingClearsBoth(@TempDir Path dir) throws Exception {
        try (SocatPair pair = new SocatPair(dir, "drawer")) {
            Connection port = new Connection.Serial(SerialSettings.of(pair.appPort(), 9600));
            DrawerConfig config = DrawerConfig.ownPort("drawer", port).withLeftOpenAfter(Duration.ofMillis(600))
                    .withOwnPortSensor(DrawerSensor.OPEN_WHEN_HIGH);
            try (FarEnd end = new FarEnd(pair.devicePort()); CashDrawer drawer = Peripherals.drawer(config, null)) {
                Thread boxThread = answering(end);
                await(drawer, s -> s.isOnline() && !s.has(Condition.DRAWER_OPEN));
                assertThat(drawer.state()).isEqualTo(DrawerState.CLOSED);

                drawer.open().get(2, TimeUnit.SECONDS);
                await(drawer, s -> s.has(Condition.DRAWER_OPEN));
                await(drawer, s -> s.has(Condition.DRAWER_LEFT_OPEN));

                box = CLOSED;
                await(drawer, s -> s.isOnline() && s.conditions().isEmpty());
                assertThat(drawer.state()).isEqualTo(DrawerState.CLOSED);
                boxThread.interrupt();
            }
        }
    }

    @Test
    void aSensorOnTheDrawerIsRefusedWhenTheDrawerIsKickedThroughThePrinter() {
        assertThatThrownBy(() -> DrawerConfig.viaPrinter("drawer").withOwnPortSensor(DrawerSensor.OPEN_WHEN_LOW))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("set on the printer");
    }
}
