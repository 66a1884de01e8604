package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.DrawerSensor;
import java.time.Duration;

/**
 * How the drawer is opened: through the receipt printer's kick connector (pin 2 or 5, pulse
 * length) or through its own serial port, which gets {@code serialOpenCommand}. {@code leftOpenAfter}
 * is when an open drawer becomes an alert. {@code ownPortSensor} is for a drawer on its own port whose
 * interface answers DLE EOT 1 as an ESC/POS printer does (the switch on bit 2); a drawer through the
 * printer takes its sensor from the printer's own {@code DrawerSensor} setting instead.
 */
public record DrawerConfig(String name, Via via, Connection connection, int pin, Duration pulseOn, Duration pulseOff,
        Duration leftOpenAfter, byte[] serialOpenCommand, DrawerSensor ownPortSensor) {

    public enum Via {
        PRINTER,
        OWN_PORT
    }

    public DrawerConfig {
        if (pin != 2 && pin != 5) {
            throw new DeviceConfigException("Drawer kick pin must be 2 or 5, not " + pin);
        }
        if (pulseOn.toMillis() < 2 || pulseOn.toMillis() > 510 || pulseOff.toMillis() < 2
                || pulseOff.toMillis() > 510) {
            throw new DeviceConfigException("Drawer pulse times must be 2..510 ms (" + name + ")");
        }
        if (via == Via.OWN_PORT && connection == null) {
            throw new DeviceConfigException("Drawer '" + name + "' on its own port needs a connection");
        }
        serialOpenCommand = serialOpenCommand == null ? new byte[]{0x1B, 'p', 0, 50, 50} : serialOpenCommand.clone();
        ownPortSensor = ownPortSensor == null ? DrawerSensor.NONE : ownPortSensor;
        if (via == Via.PRINTER && ownPortSensor != DrawerSensor.NONE) {
            throw new DeviceConfigException("Drawer '" + name + "' is kicked through the printer: its sensor is set on "
                    + "the printer, not on the drawer");
        }
    }

    /** Without a sensor of its own. */
    public DrawerConfig(String name, Via via, Connection connection, int pin, Duration pulseOn, Duration pulseOff,
            Duration leftOpenAfter, byte[] serialOpenCommand) {
        this(name, via, connection, pin, pulseOn, pulseOff, leftOpenAfter, serialOpenCommand, DrawerSensor.NONE);
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
        return new DrawerConfig(name, via, connection, p, on, pulseOff, leftOpenAfter, serialOpenCommand,
                ownPortSensor);
    }

    public DrawerConfig withLeftOpenAfter(Duration d) {
        return new DrawerConfig(name, via, connection, pin, pulseOn, pulseOff, d, serialOpenCommand, ownPortSensor);
    }

    /** A drawer on its own port whose interface reports the switch: polled with DLE EOT 1. */
    public DrawerConfig withOwnPortSensor(DrawerSensor sensor) {
        return new DrawerConfig(name, via, connection, pin, pulseOn, pulseOff, leftOpenAfter, serialOpenCommand,
                sensor);
    }
}
