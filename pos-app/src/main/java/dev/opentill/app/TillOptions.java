package dev.opentill.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the till starts: data folder, demo mode, first language and serial ports of the printer and
 * scanner (none: simulated). Command-line options ({@code --data=DIR --demo --lang=zh
 * --printer=/dev/ttyUSB0 --scanner=/dev/ttyS1}) win over system properties ({@code opentill.data},
 * {@code opentill.demo}, {@code opentill.lang}, {@code opentill.printer}, {@code opentill.scanner}).
 */
public record TillOptions(Path dataDir, boolean demo, Locale locale, String printerPort, String scannerPort) {

    public TillOptions(Path dataDir, boolean demo, Locale locale) {
        this(dataDir, demo, locale, null, null);
    }

    public static TillOptions parse(String[] args) {
        String data = System.getProperty("opentill.data", Path.of(System.getProperty("user.home"), ".opentill").toString());
        boolean demo = Boolean.getBoolean("opentill.demo");
        String lang = System.getProperty("opentill.lang", "zh");
        String printer = System.getProperty("opentill.printer");
        String scanner = System.getProperty("opentill.scanner");
        for (String a : args) {
            if (a.startsWith("--data=")) {
                data = a.substring("--data=".length());
            } else if (a.equals("--demo")) {
                demo = true;
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else if (a.startsWith("--printer=")) {
                printer = a.substring("--printer=".length());
            } else if (a.startsWith("--scanner=")) {
                scanner = a.substring("--scanner=".length());
            } else {
                throw new IllegalArgumentException("Unknown option " + a
                        + "; use --data=DIR, --demo, --lang=zh|en, --printer=PORT, --scanner=PORT");
            }
        }
        return new TillOptions(Path.of(data), demo, lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                printer, scanner);
    }
}
