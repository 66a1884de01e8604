package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.CashCounting;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.cash.DrawerCount;
import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opening a shift: the float counted into the drawer note by note and coin by coin, then a
 * manager's approval (asked for on the spot when the cashier may not open shifts). A slip prints.
 * This screen only opens; closing has its own.
 */
public final class OpenShiftViewModel {
    private final CountSheet sheet;
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command open;

    public OpenShiftViewModel(TaskRunner runner, CashCounting cash, ApprovalFlow approvals, CashSlips slips,
            SlipPrinter printer, Clock clock) {
        this.sheet = new CountSheet(cash.policy().denominations());
        this.open = new Command(sheet.totalProperty().isNotNull(), () -> {
            DrawerCount count;
            try {
                count = sheet.count();
            } catch (RuntimeException e) {
                message.set(UiText.ofFailure(e));
                return;
            }
            approvals.run(UiText.of("override.open_shift"), ap -> {
                cash.openShift(count, ap);
                return count;
            }, c -> {
                sheet.clear();
                message.set(UiText.of("journal.shift_opened", Formats.money(c.total())));
                printer.printSlip(slips.count("cash.slip.float", c, clock.instant()), message::set);
            }, f -> message.set(UiText.ofFailure(f)));
        });
    }

    public CountSheet sheet() {
        return sheet;
    }

    public Command openCommand() {
        return open;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
