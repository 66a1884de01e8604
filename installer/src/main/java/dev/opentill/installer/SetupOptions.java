package dev.opentill.installer;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.core.sync.EnrollmentQr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags of {@code installer setup}, each as {@code --name value} or {@code --name=value}:
 * the centre and code (or {@code --qr} with the payload of the centre's enrollment QR code), and
 * each device's connection with its model, code page or pin.
 */
record SetupOptions(String central, String code, List<DeviceSetting> devices) {

    static final Set<String> FLAGS = Set.of("central", "code", "qr", "printer", "printer-model", "code-page", "drawer",
            "drawer-pin", "scanner", "display", "display-model", "scale", "scale-model", "label-printer",
            "label-model", "lang");

    /** Thrown for a flag that is unknown, repeated or missing its value; the message names it. */
    static final class BadFlag extends RuntimeException {
        BadFlag(String message) {
            super(message);
        }
    }

    static SetupOptions parse(String[] args) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new BadFlag(a);
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new BadFlag(a);
            }
            if (!FLAGS.contains(name) || value.isBlank() || f.put(name, value.strip()) != null) {
                throw new BadFlag(a);
            }
        }
        List<DeviceSetting> devices = new ArrayList<>();
        if (f.containsKey("printer")) {
            devices.add(new DeviceSetting(Kind.RECEIPT_PRINTER, f.get("printer"), f.get("printer-model"),
                    f.get("code-page"), null));
        } else if (f.containsKey("printer-model") || f.containsKey("code-page")) {
            throw new BadFlag("--printer");
        }
        if (f.containsKey("drawer")) {
            devices.add(new DeviceSetting(Kind.DRAWER, f.get("drawer"), null, null, pin(f.get("drawer-pin"))));
        } else if (f.containsKey("drawer-pin")) {
            devices.add(new DeviceSetting(Kind.DRAWER, DeviceSetting.VIA_PRINTER, null, null,
                    pin(f.get("drawer-pin"))));
        }
        device(devices, f, Kind.SCANNER, "scanner", null);
        device(devices, f, Kind.CUSTOMER_DISPLAY, "display", "display-model");
        device(devices, f, Kind.SCALE, "scale", "scale-model");
        device(devices, f, Kind.LABEL_PRINTER, "label-printer", "label-model");
        if (f.containsKey("qr")) {
            if (f.containsKey("central") || f.containsKey("code")) {
                throw new BadFlag("--qr");
            }
            EnrollmentQr qr;
            try {
                qr = EnrollmentQr.parse(f.get("qr"));
            } catch (IllegalArgumentException e) {
                throw new BadFlag("--qr (" + e.getMessage() + ")");
            }
            return new SetupOptions(qr.url(), qr.code(), devices);
        }
        return new SetupOptions(f.get("central"), f.get("code"), devices);
    }

    private static void device(List<DeviceSetting> out, Map<String, String> f, Kind kind, String flag,
            String modelFlag) {
        if (f.containsKey(flag)) {
            out.add(DeviceSetting.of(kind, f.get(flag), modelFlag == null ? null : f.get(modelFlag)));
        } else if (modelFlag != null && f.containsKey(modelFlag)) {
            throw new BadFlag("--" + flag);
        }
    }

    private static Integer pin(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadFlag("--drawer-pin " + text);
        }
    }

    String printerModel() {
        for (DeviceSetting d : devices) {
            if (d.kind() == Kind.RECEIPT_PRINTER) {
                return d.model();
            }
        }
        return null;
    }
}
