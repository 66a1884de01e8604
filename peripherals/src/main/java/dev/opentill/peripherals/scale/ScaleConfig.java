package dev.opentill.peripherals.scale;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/** A scale on a serial port (commonly 9600 7E1) speaking NCI or Mettler Toledo's POS protocol. */
public record ScaleConfig(String name, Connection connection, Protocol protocol, Duration replyTimeout) {

    public enum Protocol {
        NCI(NciProtocol.INSTANCE),
        TOLEDO(ToledoProtocol.INSTANCE);

        private final ScaleProtocol commands;

        Protocol(ScaleProtocol commands) {
            this.commands = commands;
        }

        public ScaleProtocol commands() {
            return commands;
        }
    }

    public ScaleConfig {
        if (connection == null || protocol == null) {
            throw new DeviceConfigException("Scale '" + name + "' needs a connection and a protocol");
        }
        if (replyTimeout.toMillis() < 50 || replyTimeout.toMillis() > 1500) {
            throw new DeviceConfigException("Scale reply timeout must be 50..1500 ms so offline shows within 2 s");
        }
    }

    /** NCI, one second to answer. */
    public static ScaleConfig of(String name, Connection connection) {
        return new ScaleConfig(name, connection, Protocol.NCI, Duration.ofMillis(1000));
    }

    public ScaleConfig withProtocol(Protocol p) {
        return new ScaleConfig(name, connection, p, replyTimeout);
    }
}
