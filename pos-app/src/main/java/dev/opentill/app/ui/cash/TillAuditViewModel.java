package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.CashCounting;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.cash.DrawerCount;
import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A mid-shift till audit: the drawer counted by denomination and recorded; the screen says what
 * was counted, never what the till expected (the Z compares). A slip prints.
 */
public final class TillAuditViewModel {
    private final CountSheet sheet;
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command record;

    public TillAuditViewModel(TaskRunner runner, CashCounting cash, CashSlips slips, SlipPrinter printer,
            Clock clock) {
        this.sheet = new CountSheet(cash.policy().denominations());
        this.record = new Command(sheet.totalProperty().isNotNull(), () -> {
            DrawerCount count;
            try {
                count = sheet.count();
            } catch (RuntimeException e) {
                message.set(UiText.ofFailure(e));
                return;
            }
            runner.run(() -> {
                cash.countDrawer(count);
                return count;
            }, c -> {
                sheet.clear();
                message.set(UiText.of("cash.audit_recorded", Formats.money(c.total())));
                printer.printSlip(slips.count("cash.slip.audit", c, clock.instant()), message::set);
            }, f -> message.set(UiText.ofFailure(f)));
        });
    }

    public CountSheet sheet() {
        return sheet;
    }

    public Command recordCommand() {
        return record;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
