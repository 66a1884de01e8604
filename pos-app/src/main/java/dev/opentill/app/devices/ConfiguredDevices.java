package dev.opentill.app.devices;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.SerialSettings;
import dev.opentill.peripherals.display.CustomerDisplay;
import dev.opentill.peripherals.display.DisplayConfig;
import dev.opentill.peripherals.display.PoleDisplay;
import dev.opentill.peripherals.drawer.CashDrawer;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.drawer.SerialDrawer;
import dev.opentill.peripherals.printer.EscPosPrinter;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.ReceiptPrinter;
import dev.opentill.peripherals.scale.Scale;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scale.SerialScale;
import dev.opentill.peripherals.scanner.BarcodeScanner;
import dev.opentill.peripherals.scanner.ScannerConfig;
import dev.opentill.peripherals.scanner.SerialBarcodeScanner;
import dev.opentill.peripherals.transport.FileTransport;
import dev.opentill.peripherals.transport.SerialTransport;
import dev.opentill.peripherals.transport.TcpTransport;
import dev.opentill.peripherals.transport.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the till's devices from what is stored in its database, with the development overrides
 * of the command line. A configured device that is absent at start (unplugged adapter, printer
 * switched off, pty not made yet) is built all the same and shows offline until it appears: its
 * link keeps trying to open the port, so a missing device never stops the till from selling.
 * Kinds that are not configured are simulated, except the scale and display, which are left out.
 */
public final class ConfiguredDevices {
    private ConfiguredDevices() {
    }

    /**
     * @param printerOverride {@code --printer}: a connection ({@code serial:...}, {@code tcp:...}) or
     *     a bare serial port (then 9600 8N1); null keeps the stored printer
     * @param scannerOverride {@code --scanner}, the same way
     */
    public static PeripheralDevices open(List<DeviceSetting> stored, String printerOverride, String scannerOverride) {
        return open(stored, printerOverride, scannerOverride, false);
    }

    /**
     * As above; with {@code preview}, every document the printer prints is also drawn for the screen
     * ({@link PeripheralDevices#devices()} then offers it as {@code previews}). A {@code file:} printer
     * given on the command line is created when missing (outside {@code /dev}), so the bytes land there.
     */
    public static PeripheralDevices open(List<DeviceSetting> stored, String printerOverride, String scannerOverride,
            boolean preview) {
        Map<Kind, DeviceSetting> byKind = new EnumMap<>(Kind.class);
        stored.forEach(s -> byKind.put(s.kind(), s));
        DeviceSetting printerSetting = override(byKind.get(Kind.RECEIPT_PRINTER), Kind.RECEIPT_PRINTER,
                printerOverride);
        DeviceSetting scannerSetting = override(byKind.get(Kind.SCANNER), Kind.SCANNER, scannerOverride);

        PrinterConfig printerConfig = DeviceConfigs.printer(printerSetting);
        if (printerOverride != null) {
            createPrinterFile(printerConfig.connection());
        }
        boolean simulated = printerConfig.connection() instanceof Connection.Simulated;
        PreviewTap tap = preview ? new PreviewTap(printerConfig.profile()) : null;
        ReceiptPrinter printer;
        if (tap != null) {
            printer = Peripherals.printer(printerConfig, simulated ? null : transport(printerConfig.connection()), tap);
        } else {
            printer = simulated
                    ? Peripherals.printer(printerConfig)
                    : new EscPosPrinter(printerConfig, transport(printerConfig.connection()));
        }
        DeviceSetting drawerSetting = byKind.getOrDefault(Kind.DRAWER,
                DeviceSetting.of(Kind.DRAWER, DeviceSetting.VIA_PRINTER, null));
        CashDrawer drawer = drawer(DeviceConfigs.drawer(drawerSetting, printer.profile()), printer);
        ScannerConfig scannerConfig = DeviceConfigs.scanner(scannerSetting);
        BarcodeScanner scanner = scannerConfig == null ? null : scanner(scannerConfig);
        Scale scale = byKind.containsKey(Kind.SCALE) ? scale(DeviceConfigs.scale(byKind.get(Kind.SCALE))) : null;
        CustomerDisplay display = byKind.containsKey(Kind.CUSTOMER_DISPLAY)
                ? display(DeviceConfigs.display(byKind.get(Kind.CUSTOMER_DISPLAY)))
                : null;
        return new PeripheralDevices(printer, drawer, scanner, scale, display, tap);
    }

    /**
     * {@code --printer=file:PATH} writes the printer's bytes to PATH: a plain file is created when
     * missing. A device node (under /dev) is never created: its absence means the printer is unplugged.
     */
    static void createPrinterFile(Connection c) {
        if (!(c instanceof Connection.DeviceFile f) || Files.exists(f.path())
                || f.path().toAbsolutePath().startsWith(Path.of("/dev"))) {
            return;
        }
        try {
            Path parent = f.path().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(f.path());
        } catch (IOException e) {
            throw new DeviceConfigException("Cannot create the printer file " + f.path() + ": " + e.getMessage());
        }
    }

    /** The stored setting with its connection replaced by a command-line override; simulated when neither is given. */
    static DeviceSetting override(DeviceSetting stored, Kind kind, String flag) {
        if (flag == null || flag.isBlank()) {
            return stored != null ? stored : DeviceSetting.of(kind, "sim", null);
        }
        String connection = flag.contains(":") || flag.equals("sim") || flag.equals(DeviceSetting.KEYBOARD)
                ? flag
                : SerialSettings.of(flag, 9600).toSpec();
        return stored == null
                ? DeviceSetting.of(kind, connection, null)
                : new DeviceSetting(kind, connection, stored.model(), stored.codePage(), stored.drawerPin());
    }

    private static CashDrawer drawer(DrawerConfig c, ReceiptPrinter printer) {
        if (c.via() == DrawerConfig.Via.PRINTER || c.connection() instanceof Connection.Simulated) {
            return Peripherals.drawer(c, printer);
        }
        return new SerialDrawer(c, transport(c.connection()));
    }

    private static BarcodeScanner scanner(ScannerConfig c) {
        return c.connection() instanceof Connection.Simulated
                ? Peripherals.scanner(c)
                : new SerialBarcodeScanner(c, transport(c.connection()));
    }

    private static Scale scale(ScaleConfig c) {
        return c.connection() instanceof Connection.Simulated
                ? Peripherals.scale(c)
                : new SerialScale(c, transport(c.connection()));
    }

    private static CustomerDisplay display(DisplayConfig c) {
        return c.connection() instanceof Connection.Simulated
                ? Peripherals.display(c)
                : new PoleDisplay(c, transport(c.connection()));
    }

    /** A transport that is not opened here, so an absent port or file is not an error at start. */
    static Transport transport(Connection c) {
        if (c instanceof Connection.Serial s) {
            return new SerialTransport(s.settings());
        }
        if (c instanceof Connection.Tcp t) {
            return new TcpTransport(t.host(), t.port(), t.connectTimeout());
        }
        if (c instanceof Connection.DeviceFile f) {
            return new FileTransport(f.path());
        }
        throw new DeviceConfigException("No transport for " + c.describe());
    }
}
