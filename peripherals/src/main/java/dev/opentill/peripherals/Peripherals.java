package dev.opentill.peripherals;

import dev.opentill.peripherals.label.LabelConfig;
import dev.opentill.peripherals.label.LabelPrinter;
import dev.opentill.peripherals.label.TsplLabelPrinter;
import dev.opentill.peripherals.display.CustomerDisplay;
import dev.opentill.peripherals.display.DisplayConfig;
import dev.opentill.peripherals.display.PoleDisplay;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.drawer.PrinterKickDrawer;
import dev.opentill.peripherals.drawer.SerialDrawer;
import dev.opentill.peripherals.printer.DrawerSensor;
import dev.opentill.peripherals.printer.EscPosPrinter;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.SerialScale;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.scanner.SerialBarcodeScanner;
import dev.opentill.peripherals.sim.SimulatedDisplay;
import dev.opentill.peripherals.sim.SimulatedLabelPrinter;
import dev.opentill.peripherals.sim.SimulatedPrinter;
import dev.opentill.peripherals.sim.SimulatedScale;
import dev.opentill.peripherals.sim.SimulatedScanner;
import dev.opentill.peripherals.transport.FileTransport;
import dev.opentill.peripherals.transport.SerialPorts;
import dev.opentill.peripherals.transport.SerialTransport;
import dev.opentill.peripherals.transport.TappedTransport;
import dev.opentill.peripherals.transport.TcpTransport;
import dev.opentill.peripherals.transport.Transport;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * Builds devices from configuration: the real device on its serial port, socket or device file, or
 * the simulator when the connection is {@link Connection.Simulated}. A configuration that cannot
 * work (unknown port, missing device file) fails here with a {@link DeviceConfigException}; a device
 * that is merely switched off is built and reported offline until it answers.
 */
public final class Peripherals {
    private Peripherals() {
    }

    public static ReceiptPrinter printer(PrinterConfig config) {
        if (config.connection() instanceof Connection.Simulated) {
            return simulatedPrinter(config, new SimulatedPrinter(config.profile()));
        }
        return new EscPosPrinter(config, transport(config.connection(), config.name()));
    }

    /**
     * A printer on {@code transport} (a fresh simulator when the connection is {@code sim}; the
     * transport is then unused and may be null), with every document it sends also handed to
     * {@code tap} (a copy, after it went out), for a preview of the paper on screen.
     */
    public static ReceiptPrinter printer(PrinterConfig config, Transport transport, Consumer<byte[]> tap) {
        if (config.connection() instanceof Connection.Simulated) {
            SimulatedPrinter simulator = new SimulatedPrinter(config.profile());
            PrinterConfig c = config.drawerSensor() == DrawerSensor.NONE
                    ? config.withDrawerSensor(DrawerSensor.OPEN_WHEN_LOW)
                    : config;
            return new EscPosPrinter(c.withStatusReplies(true), new TappedTransport(simulator, tap));
        }
        return new EscPosPrinter(config, new TappedTransport(transport, tap));
    }

    /** A printer over a simulator the caller keeps, to read its paper or play paper-out. */
    public static ReceiptPrinter simulatedPrinter(PrinterConfig config, SimulatedPrinter simulator) {
        PrinterConfig c = config.drawerSensor() == DrawerSensor.NONE
                ? config.withDrawerSensor(DrawerSensor.OPEN_WHEN_LOW)
                : config;
        return new EscPosPrinter(c.withStatusReplies(true), simulator);
    }

    /** A TSPL cup-label printer on its connection, or on a fresh simulator for {@code sim}. */
    public static LabelPrinter labelPrinter(LabelConfig config, Connection connection) {
        if (connection instanceof Connection.Simulated) {
            return simulatedLabelPrinter(config, new SimulatedLabelPrinter());
        }
        return new TsplLabelPrinter(config, transport(connection, config.name()));
    }

    /** A label printer over a simulator the caller keeps, to read its labels or play paper-out. */
    public static LabelPrinter simulatedLabelPrinter(LabelConfig config, SimulatedLabelPrinter simulator) {
        return new TsplLabelPrinter(config.withStatusReplies(true), simulator);
    }

    /** A drawer through {@code printer} (Via.PRINTER) or on its own port; {@code printer} may be null for the latter. */
    public static CashDrawer drawer(DrawerConfig config, ReceiptPrinter printer) {
        if (config.via() == DrawerConfig.Via.PRINTER) {
            if (printer == null) {
                throw new DeviceConfigException("Drawer '" + config.name() + "' is kicked through the printer, but no "
                        + "printer is configured");
            }
            PrinterProfile model = printer.profile();
            if (!model.drawerPins().contains(config.pin())) {
                throw new DeviceConfigException("Drawer '" + config.name() + "' is kicked on pin " + config.pin()
                        + ", but the printer model " + model.name() + (model.drawerPins().isEmpty()
                                ? " has no drawer connector"
                                : " drives pin " + model.drawerPins().stream().sorted().toList()
                                        + " only"));
            }
            return new PrinterKickDrawer(config, printer);
        }
        Transport t = config.connection() instanceof Connection.Simulated
                ? new SimulatedPrinter(PrinterProfile.GENERIC_58MM)
                : transport(config.connection(), config.name());
        return new SerialDrawer(config, t);
    }

    public static BarcodeScanner scanner(ScannerConfig config) {
        if (config.connection() instanceof Connection.Simulated) {
            return new SerialBarcodeScanner(config, new SimulatedScanner(config));
        }
        requireSerial(config.connection(), config.name());
        return new SerialBarcodeScanner(config, transport(config.connection(), config.name()));
    }

    public static BarcodeScanner scanner(ScannerConfig config, SimulatedScanner simulator) {
        return new SerialBarcodeScanner(config, simulator);
    }

    public static CustomerDisplay display(DisplayConfig config) {
        if (config.connection() instanceof Connection.Simulated) {
            return new PoleDisplay(config, new SimulatedDisplay(config.commandSet()));
        }
        return new PoleDisplay(config, transport(config.connection(), config.name()));
    }

    public static CustomerDisplay display(DisplayConfig config, SimulatedDisplay simulator) {
        return new PoleDisplay(config, simulator);
    }

    public static Scale scale(ScaleConfig config) {
        if (config.connection() instanceof Connection.Simulated) {
            return new SerialScale(config, new SimulatedScale(config.protocol()));
        }
        requireSerial(config.connection(), config.name());
        return new SerialScale(config, transport(config.connection(), config.name()));
    }

    public static Scale scale(ScaleConfig config, SimulatedScale simulator) {
        return new SerialScale(config, simulator);
    }

    /** The transport for a real connection, after checking that the port or file exists. */
    public static Transport transport(Connection connection, String device) {
        if (connection instanceof Connection.Serial s) {
            String port = s.settings().port();
            if (!SerialPorts.exists(port)) {
                throw new DeviceConfigException("Serial port " + port + " for " + device + " does not exist; ports on "
                        + "this machine: " + SerialPorts.list());
            }
            return new SerialTransport(s.settings());
        }
        if (connection instanceof Connection.Tcp t) {
            return new TcpTransport(t.host(), t.port(), t.connectTimeout());
        }
        if (connection instanceof Connection.DeviceFile f) {
            if (!Files.exists(f.path())) {
                throw new DeviceConfigException("Device file " + f.path() + " for " + device + " does not exist");
            }
            return new FileTransport(f.path());
        }
        throw new DeviceConfigException(device + ": a simulated connection has no real transport");
    }

    private static void requireSerial(Connection c, String device) {
        if (!(c instanceof Connection.Serial)) {
            throw new DeviceConfigException(device + " must be on a serial port, not " + c.describe());
        }
    }
}
