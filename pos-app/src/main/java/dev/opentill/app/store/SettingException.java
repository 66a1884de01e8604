package dev.opentill.app.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A store setting the till refuses: a key it does not know, or a value outside what the key accepts. */
public final class SettingException extends IllegalArgumentException {
    private static final String BUNDLE = "dev.opentill.app.store.settings";

    private final String key;
    private final String value;
    private final String known;

    private SettingException(String key, String value, String known) {
        super(format(Locale.ENGLISH, key, value, known));
        this.key = key;
        this.value = value;
        this.known = known;
    }

    static SettingException unknown(String key, String known) {
        return new SettingException(key, null, known);
    }

    static SettingException refused(String key, String shownValue) {
        return new SettingException(key, shownValue, null);
    }

    public String key() {
        return key;
    }

    /** The refusal in {@code locale}: the key, what it accepts and the value given (a secret's hidden). */
    public String message(Locale locale) {
        return format(locale, key, value, known);
    }

    private static String format(Locale locale, String key, String value, String known) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        if (known != null) {
            return MessageFormat.format(text.getString("setting.unknown"), key, known);
        }
        return MessageFormat.format(text.getString("setting.refused"), key, text.getString("setting." + key), value);
    }
}
