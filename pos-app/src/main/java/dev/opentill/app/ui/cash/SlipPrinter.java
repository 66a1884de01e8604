package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.ReceiptOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends cash-office printouts (slips, X and Z reports) down the receipt printer's report path and
 * tells the screen, on the UI thread, whether they came out. What was printed is already stored.
 */
public final class SlipPrinter {
    private final TaskRunner runner;
    private final ReceiptOutput output;

    public SlipPrinter(TaskRunner runner, ReceiptOutput output) {
        this.runner = runner;
        this.output = output;
    }

    /** Prints {@code lines}; {@code printed} hears true when they came out, false when the printer failed. */
    public void print(List<String> lines, Consumer<Boolean> printed) {
        output.printReport(lines).whenComplete((ok, failure) -> runner.ui(() -> printed.accept(failure == null)));
    }

    /** Prints a slip; when it did not come out, {@code message} says so (the slip is stored either way). */
    public void printSlip(List<String> lines, Consumer<UiText> message) {
        print(lines, ok -> {
            if (!ok) {
                message.accept(UiText.of("cash.slip_not_printed"));
            }
        });
    }
}
