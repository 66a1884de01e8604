package dev.opentill.app.devices;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.display.DisplayCommandSet;
import dev.opentill.peripherals.display.DisplayConfig;
import dev.opentill.peripherals.drawer.DrawerConfig;
import dev.opentill.peripherals.printer.PrinterConfig;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.escpos.CodePage;
import dev.opentill.peripherals.scale.ScaleConfig;
import dev.opentill.peripherals.scanner.ScannerConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns stored {@link DeviceSetting}s into the peripherals module's configurations, refusing what
 * cannot work with a {@link DeviceConfigException} that says what to write instead. The installer
 * calls {@link #check} before it saves anything, so the till only meets settings that passed here.
 */
public final class DeviceConfigs {
    /** The model of a printer set up without one (and of the simulator when nothing is set up). */
    public static final String DEFAULT_PRINTER_MODEL = "generic-80";

    private DeviceConfigs() {
    }

    /** Refuses {@code setting} if it cannot be built; {@code printerModel} is the configured printer's model (may be null). */
    public static void check(DeviceSetting setting, String printerModel) {
        switch (setting.kind()) {
            case RECEIPT_PRINTER -> printer(setting);
            case DRAWER -> drawer(setting, PrinterModels.byId(printerModel == null
                    ? DEFAULT_PRINTER_MODEL
                    : printerModel));
            case SCANNER -> scanner(setting);
            case CUSTOMER_DISPLAY -> display(setting);
            case SCALE -> scale(setting);
            case LABEL_PRINTER -> connection(setting);
            default -> throw new DeviceConfigException("Unknown device kind " + setting.kind());
        }
    }

    public static PrinterConfig printer(DeviceSetting s) {
        PrinterProfile model = PrinterModels.byId(s.model() == null ? DEFAULT_PRINTER_MODEL : s.model());
        if (s.codePage() != null) {
            model = withCodePage(model, codePage(s.codePage(), model));
        }
        return PrinterConfig.of("printer", connection(s), model);
    }

    /** The drawer: on the printer's kick connector (pin 2 or 5) or on a port of its own. */
    public static DrawerConfig drawer(DeviceSetting s, PrinterProfile printerModel) {
        int pin = s.drawerPin() == null ? 2 : s.drawerPin();
        if (s.connection().equals(DeviceSetting.VIA_PRINTER)) {
            if (!printerModel.drawerPins().contains(pin)) {
                throw new DeviceConfigException("The printer model " + printerModel.name() + " drives drawer pin "
                        + printerModel.drawerPins().stream().sorted().toList() + ", not " + pin);
            }
            return DrawerConfig.viaPrinter("drawer").withPin(pin, Duration.ofMillis(100));
        }
        return DrawerConfig.ownPort("drawer", connection(s)).withPin(pin, Duration.ofMillis(100));
    }

    /** A serial scanner, or null for a keyboard-wedge scanner (its codes arrive as typing). */
    public static ScannerConfig scanner(DeviceSetting s) {
        if (s.connection().equals(DeviceSetting.KEYBOARD)) {
            return null;
        }
        Connection c = connection(s);
        if (!(c instanceof Connection.Serial) && !(c instanceof Connection.Simulated)) {
            throw new DeviceConfigException("A scanner is on a serial port (serial:/dev/ttyACM0) or types as a "
                    + "keyboard (keyboard), not " + c.describe());
        }
        return ScannerConfig.of("scanner", c);
    }

    public static DisplayConfig display(DeviceSetting s) {
        DisplayCommandSet set = s.model() == null
                ? DisplayCommandSet.EPSON_DMD
                : enumValue(DisplayCommandSet.class,
                        s.model(), "display command set");
        return DisplayConfig.of("display", connection(s), set);
    }

    public static ScaleConfig scale(DeviceSetting s) {
        ScaleConfig.Protocol p = s.model() == null
                ? ScaleConfig.Protocol.NCI
                : enumValue(ScaleConfig.Protocol.class,
                        s.model(), "scale protocol");
        Connection c = connection(s);
        if (!(c instanceof Connection.Serial) && !(c instanceof Connection.Simulated)) {
            throw new DeviceConfigException("A scale is on a serial port, e.g. serial:/dev/ttyUSB1?baud=9600&mode=7E1");
        }
        return ScaleConfig.of("scale", c).withProtocol(p);
    }

    /** The setting's connection; {@code printer} and {@code keyboard} are refused where they do not apply. */
    public static Connection connection(DeviceSetting s) {
        if (s.connection().equals(DeviceSetting.VIA_PRINTER) || s.connection().equals(DeviceSetting.KEYBOARD)) {
            throw new DeviceConfigException("The " + s.kind().key() + " cannot be connected as '" + s.connection()
                    + "'; give serial:PORT, tcp:HOST:9100, file:/dev/usb/lp0 or sim");
        }
        return Connection.parse(s.connection());
    }

    /** The names a technician may give for {@code kind}'s model, for messages and the wizard. */
    public static List<String> models(Kind kind) {
        return switch (kind) {
            case RECEIPT_PRINTER -> PrinterModels.all().stream().map(PrinterProfile::name).toList();
            case CUSTOMER_DISPLAY -> names(DisplayCommandSet.values());
            case SCALE -> names(ScaleConfig.Protocol.values());
            default -> List.of();
        };
    }

    private static CodePage codePage(String name, PrinterProfile model) {
        CodePage page = enumValue(CodePage.class, name, "code page");
        if (!model.codePages().contains(page)) {
            throw new DeviceConfigException("The printer model " + model.name() + " has no code page " + page
                    + "; it has " + model.codePages().stream().map(Enum::name).sorted().toList());
        }
        return page;
    }

    private static PrinterProfile withCodePage(PrinterProfile p, CodePage page) {
        return new PrinterProfile(p.name(), p.description(), p.paperMm(), p.dotsPerLine(), p.dpi(), p.columns(),
                p.columnsFontB(), page, p.codePages(), p.chinese(), p.cutter(), p.nativeQr(), p.nativeCode128(),
                p.minModule(), p.maxModule(), p.drawerPins());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DeviceConfigException("Unknown " + what + " '" + name + "'; known: "
                    + names(type.getEnumConstants()));
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
