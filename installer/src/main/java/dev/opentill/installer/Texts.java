package dev.opentill.installer;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The installer's lines in the technician's language (English or Simplified Chinese), printed to one
 * stream. Keys the installer shares with the till's screens (the health check's findings) are read
 * from the till's bundle, so each text is written once.
 */
final class Texts {
    private static final String TILL_BUNDLE = "dev.opentill.app.i18n.messages";
    private final ResourceBundle bundle;
    private final ResourceBundle till;
    private final Locale locale;
    private final PrintStream out;

    Texts(Locale locale, PrintStream out) {
        this.bundle = ResourceBundle.getBundle("dev.opentill.installer.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.till = ResourceBundle.getBundle(TILL_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.out = out;
    }

    Locale locale() {
        return locale;
    }

    PrintStream out() {
        return out;
    }

    String get(String key, Object... args) {
        return MessageFormat.format(bundle.containsKey(key) ? bundle.getString(key) : till.getString(key), args);
    }

    /** Prints the message and returns {@code code}, so a command can end with {@code return say(...)}. */
    int say(int code, String key, Object... args) {
        out.println(get(key, args));
        return code;
    }

    void println(String line) {
        out.println(line);
    }
}
