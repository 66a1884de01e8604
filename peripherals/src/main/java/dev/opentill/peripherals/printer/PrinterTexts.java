package dev.opentill.peripherals.printer;

import java.util.Locale;
import java.util.ResourceBundle;

/** Texts a technician reads (model descriptions, logo refusals) from the PrinterTexts bundle, English or Chinese. */
final class PrinterTexts {
    private static final String BUNDLE = "dev.opentill.peripherals.printer.PrinterTexts";

    private PrinterTexts() {
    }

    static String get(String key, Locale locale, String fallback) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return b.containsKey(key) ? b.getString(key) : fallback;
    }
}
