package dev.opentill.peripherals.printer;

import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.Device;
import dev.opentill.peripherals.DeviceException;
import dev.opentill.peripherals.DeviceStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The till's receipt printer. Every call returns at once; the future completes when the bytes are
 * out, or fails with a {@link DeviceException} saying why (offline, paper
 * out, timed out). A failed print never undoes the sale: the till offers a reprint.
 */
public interface ReceiptPrinter extends Device {

    PrinterProfile profile();

    CompletableFuture<Void> print(Receipt receipt);

    /** Prints lines of text laid out like a receipt (wrapped to the paper, fed and cut as the printer allows). */
    CompletableFuture<Void> printLines(List<String> lines);

    /** Sends a prepared ESC/POS document (test page, report, drawer kick) as is. */
    CompletableFuture<Void> printDocument(byte[] escPos);

    CompletableFuture<Void> printTestPage();

    /**
     * Pulses the drawer connector (ESC p) on pin 2 or 5. Sent even when the printer is out of paper:
     * the drawer must open regardless.
     */
    CompletableFuture<Void> kickDrawer(int pin, Duration pulseOn, Duration pulseOff);

    /** Asks the printer now (DLE EOT 1-4) and completes with what it said. */
    CompletableFuture<DeviceStatus> refreshStatus();

    /** The receipt as it will print, as text, for an on-screen preview. */
    String preview(Receipt receipt);
}
