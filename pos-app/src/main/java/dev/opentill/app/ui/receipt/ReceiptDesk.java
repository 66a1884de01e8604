package dev.opentill.app.ui.receipt;

import dev.opentill.app.journal.Journal;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.ReceiptOutput;
import dev.opentill.core.receipt.Receipt;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.List;

/**
 * Prints receipts and remembers the one that did not come out, so a "receipt not printed -
 * reprint" action stays in view until it does. The sale itself is already complete by then.
 */
public final class ReceiptDesk {
    private final TaskRunner runner;
    private final Journal till;
    private final ReceiptOutput output;
    private final ReadOnlyObjectWrapper<Receipt> unprinted = new ReadOnlyObjectWrapper<>(this, "unprinted");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command retry;

    public ReceiptDesk(TaskRunner runner, Journal till, ReceiptOutput output) {
        this.runner = runner;
        this.till = till;
        this.output = output;
        this.retry = new Command(unprinted.isNotNull(), () -> print(unprinted.get()));
    }

    /** Sends {@code receipt} to the printer; on failure keeps it for {@link #retryCommand()}. */
    public void print(Receipt receipt) {
        message.set(null);
        output.print(receipt).whenComplete((ok, failure) -> runner.ui(() -> {
            if (failure == null) {
                if (unprinted.get() == receipt || unprinted.get() == null) {
                    unprinted.set(null);
                }
            } else {
                unprinted.set(receipt);
                message.set(UiText.of("receipt.not_printed", receipt.receiptNumber()));
            }
        }));
    }

    /** Prints a shift report; a failure says so (the report can be printed again from the journal). */
    public void printReport(List<String> lines) {
        output.printReport(lines).whenComplete((ok, failure) -> {
            if (failure != null) {
                runner.ui(() -> message.set(UiText.of("shift.not_printed")));
            }
        });
    }

    /** Prints a completed sale's receipt again, marked as a copy (the till audits it). */
    public void reprint(UUID saleId) {
        runner.run(() -> till.reprint(saleId), this::print, f -> message.set(UiText.ofFailure(f)));
    }

    public Command retryCommand() {
        return retry;
    }

    public ReadOnlyObjectProperty<Receipt> unprintedProperty() {
        return unprinted.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
