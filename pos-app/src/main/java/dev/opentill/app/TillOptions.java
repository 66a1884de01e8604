package dev.opentill.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the till starts: data folder, demo mode and first language. Command-line options
 * ({@code --data=DIR --demo --lang=zh}) win over system properties ({@code opentill.data},
 * {@code opentill.demo}, {@code opentill.lang}); the data folder defaults to {@code ~/.opentill}.
 */
public record TillOptions(Path dataDir, boolean demo, Locale locale) {

    public static TillOptions parse(String[] args) {
        String data = System.getProperty("opentill.data", Path.of(System.getProperty("user.home"), ".opentill").toString());
        boolean demo = Boolean.getBoolean("opentill.demo");
        String lang = System.getProperty("opentill.lang", "zh");
        for (String a : args) {
            if (a.startsWith("--data=")) {
                data = a.substring("--data=".length());
            } else if (a.equals("--demo")) {
                demo = true;
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else {
                throw new IllegalArgumentException("Unknown option " + a + "; use --data=DIR, --demo, --lang=zh|en");
            }
        }
        return new TillOptions(Path.of(data), demo, lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
