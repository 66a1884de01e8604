package dev.opentill.app.ui.devices;

import dev.opentill.core.receipt.Receipt;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/**
 * Where receipts go: the receipt printer in a shop. Printing is asynchronous and never runs on the
 * UI thread; the future fails (e.g. paper out, offline) when the receipt did not come out.
 */
public interface ReceiptOutput {
    CompletableFuture<Void> print(Receipt receipt);

    /** Prints a report (an X or Z report) already laid out as lines of text, then cuts. */
    CompletableFuture<Void> printReport(List<String> lines);
}
