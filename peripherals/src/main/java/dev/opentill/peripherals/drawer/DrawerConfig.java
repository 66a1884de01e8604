package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/**
 * How the drawer is opened: through the receipt printer's kick connector (pin 2 or 5, pulse
 * length) or through its own serial port, which gets {@code serialOpenCommand}. {@code leftOpenAfter}
 * is when an open drawer becomes an alert.
 */
public record DrawerConfig(String name, Via via, Connection connection, int pin, Duration pulseOn, Duration pulseOff,
        Duration leftOpenAfter, byte[] serialOpenCommand) {

    public enum Via { PRINTER, OWN_PORT }

    public DrawerConfig {
        if (pin != 2 && pin != 5) {
            throw new DeviceConfigException("Drawer kick pin must be 2 or 5, not " + pin);
        }
        if (pulseOn.toMillis() < 2 || pulseOn.toMillis() > 510 || pulseOff.toMillis() < 2 || pulseOff.toMillis() > 510) {
            throw new DeviceConfigException("Drawer pulse times must be 2..510 ms (" + name + ")");
        }
        if (via == Via.OWN_PORT && connection == null) {
            throw new DeviceConfigException("Drawer '" + name + "' on its own port needs a connection");
        }
        serialOpenCommand = serialOpenCommand == null ? new byte[] {0x1B, 'p', 0, 50, 50} : serialOpenCommand.clone();
    }

    /** Kicked through the printer on pin 2, 100 ms pulse, alert after 60 s open. */
    public static DrawerConfig viaPrinter(String name) {
        return new DrawerConfig(name, Via.PRINTER, null, 2, Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofSeconds(60), null);
    }

    public static DrawerConfig ownPort(String name, Connection connection) {
        return new DrawerConfig(name, Via.OWN_PORT, connection, 2, Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofSeconds(60), null);
    }

    public DrawerConfig withPin(int p, Duration on) {
        return new DrawerConfig(name, via, connection, p, on, pulseOff, leftOpenAfter, serialOpenCommand);
    }

    public DrawerConfig withLeftOpenAfter(Duration d) {
        return new DrawerConfig(name, via, connection, pin, pulseOn, pulseOff, d, serialOpenCommand);
    }
}
