package dev.opentill.installer;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The installer's lines in the technician's language (English or Simplified Chinese), printed to one stream. */
final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final PrintStream out;

    Texts(Locale locale, PrintStream out) {
        this.bundle = ResourceBundle.getBundle("dev.opentill.installer.messages", locale,
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
        return MessageFormat.format(bundle.getString(key), args);
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
