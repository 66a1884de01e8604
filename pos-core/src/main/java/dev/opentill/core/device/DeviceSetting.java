package dev.opentill.core.device;

import java.util.Locale;

/**
 * One device the till is set up to drive, as the technician chose it and the till stores it:
 * {@code connection} in the peripherals one-line syntax (or {@link #VIA_PRINTER} for a drawer on the
 * printer's kick connector, {@link #KEYBOARD} for a keyboard-wedge scanner); {@code model} is the
 * printer model id, the display command set, the scale protocol or the label printer model;
 * {@code codePage} and {@code drawerPin} are null when they do not apply. Checked for shape here and
 * for meaning where devices are built.
 */
public record DeviceSetting(Kind kind, String connection, String model, String codePage, Integer drawerPin) {

    /** A drawer kicked through the receipt printer. */
    public static final String VIA_PRINTER = "printer";
    /** A scanner that types its codes as a keyboard does. */
    public static final String KEYBOARD = "keyboard";

    /** The kinds of device a till has, at most one of each. */
    public enum Kind {
        RECEIPT_PRINTER,
        DRAWER,
        SCANNER,
        CUSTOMER_DISPLAY,
        SCALE,
        /** Reserved for label printers (TSPL); stored, not yet driven by the till. */
        LABEL_PRINTER;

        /** The name stored in the database and typed on command lines, e.g. {@code receipt_printer}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind for {@link #key()}, or null when there is none. */
        public static Kind ofKey(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    public DeviceSetting {
        if (kind == null) {
            throw new IllegalArgumentException("A device setting needs its kind");
        }
        if (connection == null || connection.isBlank() || connection.length() > 300) {
            throw new IllegalArgumentException("The " + kind.key() + " needs a connection of at most 300 characters");
        }
        connection = connection.strip();
        model = blankToNull(model);
        codePage = blankToNull(codePage);
        if (model != null && model.length() > 60 || codePage != null && codePage.length() > 20) {
            throw new IllegalArgumentException("The " + kind.key() + " model or code page is too long");
        }
    }

    public static DeviceSetting of(Kind kind, String connection, String model) {
        return new DeviceSetting(kind, connection, model, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
