package dev.opentill.peripherals.scale;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/** A scale speaking the NCI "W" protocol on a serial port (commonly 9600 7E1). */
public record ScaleConfig(String name, Connection connection, Duration replyTimeout) {
    public ScaleConfig {
        if (connection == null) {
            throw new DeviceConfigException("Scale '" + name + "' needs a connection");
        }
        if (replyTimeout.toMillis() < 50 || replyTimeout.toMillis() > 1500) {
            throw new DeviceConfigException("Scale reply timeout must be 50..1500 ms so offline shows within 2 s");
        }
    }

    public static ScaleConfig of(String name, Connection connection) {
        return new ScaleConfig(name, connection, Duration.ofMillis(1000));
    }
}
