package dev.opentill.app.ui.devices;

import java.util.function.Consumer;

/**
 * Copies of what the receipt printer printed, drawn from the very bytes it was sent (demo mode
 * shows each in a window). Listeners are called on a device thread.
 */
public interface PaperPreviews {
    /** One printed document: its rows as text, and the paper as a PNG image. */
    record PrintedPaper(String text, byte[] png) {
    }

    void onPrinted(Consumer<PrintedPaper> listener);
}
