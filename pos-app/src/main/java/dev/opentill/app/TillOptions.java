package dev.opentill.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the till starts: data folder, first language and, for development, overrides of the stored
 * printer and scanner connections (a serial port or a connection such as {@code tcp:host:9100}, or
 * {@code file:PATH} to write the printer's bytes to a file). Command-line options ({@code --data=DIR --lang=zh
 * --printer=/dev/ttyUSB0 --scanner=/dev/ttyS1}) win over system properties ({@code opentill.data},
 * {@code opentill.lang}, {@code opentill.printer}, {@code opentill.scanner}). {@code --label-printer=} names
 * the cup-label printer ({@code sim}, a port, {@code tcp:host:9100} or {@code file:PATH}); without it
 * the till prints no labels.
 */
public record TillOptions(Path dataDir, Locale locale, String printerPort, String scannerPort,
        boolean receiptPreview, String labelPrinter) {

    public TillOptions(Path dataDir, Locale locale, String printerPort, String scannerPort, boolean receiptPreview) {
        this(dataDir, locale, printerPort, scannerPort, receiptPreview, null);
    }

    /** These options with a cup-label printer ({@code sim}, a serial port, {@code tcp:host:9100}, {@code file:PATH}). */
    public TillOptions withLabelPrinter(String connection) {
        return new TillOptions(dataDir, locale, printerPort, scannerPort, receiptPreview, connection);
    }

    public TillOptions(Path dataDir, Locale locale) {
        this(dataDir, locale, null, null);
    }

    public TillOptions(Path dataDir, Locale locale, String printerPort, String scannerPort) {
        this(dataDir, locale, printerPort, scannerPort, false);
    }

    /** These options with each printed receipt also shown in a preview window (demo mode). */
    public TillOptions withReceiptPreview() {
        return new TillOptions(dataDir, locale, printerPort, scannerPort, true, labelPrinter);
    }

    public static TillOptions parse(String[] args) {
        String data = System.getProperty("opentill.data",
                Path.of(System.getProperty("user.home"), ".opentill").toString());
        String lang = System.getProperty("opentill.lang", "zh");
        String printer = System.getProperty("opentill.printer");
        String scanner = System.getProperty("opentill.scanner");
        String labels = System.getProperty("opentill.label_printer");
        for (String a : args) {
            if (a.startsWith("--data=")) {
                data = a.substring("--data=".length());
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else if (a.startsWith("--printer=")) {
                printer = a.substring("--printer=".length());
            } else if (a.startsWith("--scanner=")) {
                scanner = a.substring("--scanner=".length());
            } else if (a.startsWith("--label-printer=")) {
                labels = a.substring("--label-printer=".length());
            } else {
                throw new IllegalArgumentException("Unknown option " + a
                        + "; use --data=DIR, --lang=zh|en, --printer=PORT (or file:PATH), --scanner=PORT,"
                        + " --label-printer=sim|PORT|tcp:HOST:9100|file:PATH");
            }
        }
        return new TillOptions(Path.of(data), lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                printer, scanner, false, labels);
    }
}
