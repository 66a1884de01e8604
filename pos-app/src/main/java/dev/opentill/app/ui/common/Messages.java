package dev.opentill.app.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The till's resource bundle for one locale (bundles are UTF-8 properties). */
public final class Messages {
    public static final String BUNDLE = "dev.opentill.app.i18n.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** Suffix of a message's variant without arguments. */
    public static final String PLAIN = ".plain";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A view-model's message in this language. Arguments that are texts themselves (e.g. a tender
     * type) are translated first. A message given fewer arguments than it names is read from its
     * {@code .plain} variant, so no raw placeholder such as "{0}" reaches the screen.
     */
    public String text(UiText text) {
        if (text == null) {
            return "";
        }
        Object[] args = text.args().stream().map(a -> a instanceof UiText t ? text(t) : a).toArray();
        String key = text.key();
        if (bundle.containsKey(key) && args.length < needed(bundle.getString(key)) && bundle.containsKey(key + PLAIN)) {
            return get(key + PLAIN);
        }
        return get(key, args);
    }

    /** How many arguments a message pattern names. */
    public static int needed(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
