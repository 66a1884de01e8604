package dev.opentill.peripherals.scanner;

/** Receives scans on the scanner's background thread; hand UI work to the UI thread yourself. */
@FunctionalInterface
public interface ScanListener {
    void onScan(Scan scan);

    /** A frame that was dropped (noise, partial, bad check digit, duplicate): for diagnostics. */
    default void onRejected(String raw, String reason) {
    }
}
