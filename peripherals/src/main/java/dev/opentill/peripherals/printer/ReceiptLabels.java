package dev.opentill.peripherals.printer;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Receipt wording ("Total", "Change"...) from the ReceiptLabels bundle in the receipt's locale. */
public final class ReceiptLabels {
    private static final String BUNDLE = "dev.opentill.peripherals.printer.ReceiptLabels";
    private final ResourceBundle bundle;

    private ReceiptLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ReceiptLabels forLocale(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return new ReceiptLabels(ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label of a tender type name such as CASH; unknown types print as given. */
    public String tender(String type) {
        String key = "tender." + type;
        return bundle.containsKey(key) ? bundle.getString(key) : type;
    }
}
