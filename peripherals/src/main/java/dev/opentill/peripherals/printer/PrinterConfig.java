package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/**
 * One receipt printer: where it is, what model profile it has, and how it is watched.
 * {@code statusReplies} is false for one-way links (device files, some USB cables); the printer is
 * then judged by whether writes succeed.
 */
public record PrinterConfig(String name, Connection connection, PrinterProfile profile, boolean statusReplies,
        ReceiptCode receiptCode, DrawerSensor drawerSensor, Duration pollInterval, Duration replyTimeout,
        Duration printTimeout) {

    public PrinterConfig {
        if (connection == null || profile == null) {
            throw new DeviceConfigException("Printer '" + name + "' needs a connection and a profile");
        }
        if (replyTimeout.plus(pollInterval).compareTo(Duration.ofSeconds(2)) > 0) {
            throw new DeviceConfigException("Poll interval plus reply timeout must stay within 2 s so an offline "
                    + "printer is noticed in time (" + name + ")");
        }
    }

    /** Defaults: status replies on, QR return code, no drawer sensor, poll 500 ms, reply 1 s, print 15 s. */
    public static PrinterConfig of(String name, Connection connection, PrinterProfile profile) {
        boolean replies = !(connection instanceof Connection.DeviceFile);
        return new PrinterConfig(name, connection, profile, replies, ReceiptCode.QR, DrawerSensor.NONE,
                Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofSeconds(15));
    }

    public PrinterConfig withStatusReplies(boolean on) {
        return new PrinterConfig(name, connection, profile, on, receiptCode, drawerSensor, pollInterval, replyTimeout,
                printTimeout);
    }

    public PrinterConfig withReceiptCode(ReceiptCode code) {
        return new PrinterConfig(name, connection, profile, statusReplies, code, drawerSensor, pollInterval,
                replyTimeout,
                printTimeout);
    }

    public PrinterConfig withDrawerSensor(DrawerSensor sensor) {
        return new PrinterConfig(name, connection, profile, statusReplies, receiptCode, sensor, pollInterval,
                replyTimeout,
                printTimeout);
    }

    public PrinterConfig withTimeouts(Duration poll, Duration reply, Duration print) {
        return new PrinterConfig(name, connection, profile, statusReplies, receiptCode, drawerSensor, poll, reply,
                print);
    }
}
