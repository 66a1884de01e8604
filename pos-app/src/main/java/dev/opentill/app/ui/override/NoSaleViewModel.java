package dev.opentill.app.ui.override;

import dev.opentill.app.journal.Journal;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.DrawerControl;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Opens the drawer without a sale: the till checks the right (or a manager's PIN) and audits it first. */
public final class NoSaleViewModel {
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command noSale;

    public NoSaleViewModel(ApprovalFlow approvals, Journal till, DrawerControl drawer) {
        noSale = Command.always(() -> approvals.run(UiText.of("override.no_sale"), a -> {
            till.noSale(a);
            return Boolean.TRUE;
        }, ok -> {
            message.set(UiText.of("drawer.opened"));
            drawer.open();
        }, f -> message.set(UiText.ofFailure(f))));
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command noSaleCommand() {
        return noSale;
    }
}
