package dev.opentill.app.ui.devices;

import java.util.function.Consumer;

/**
 * A scanner that delivers whole codes by itself, e.g. a serial scanner. Listeners may be called on
 * any thread. Keyboard-wedge scanners need none of this: they type into the scan field.
 */
public interface ScanSource {
    void onScan(Consumer<String> listener);
}
