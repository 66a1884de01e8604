package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.CashCounting;
import dev.opentill.app.cash.CashOffice.DrawerStatus;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Pay in, pay out, safe drop and safe pickup: the amount, a reason code (pays) or the sealed bag's
 * number (drops and pickups). Within the cashier's role limit it is recorded at once; beyond it a
 * manager approves on the spot. Each movement prints a slip. The drawer's state says when a drop is due.
 */
public final class CashMovesViewModel {
    /** The movements this screen makes (the float is counted when the shift opens). */
    public static final List<Kind> KINDS = List.of(Kind.PAY_IN, Kind.PAY_OUT, Kind.SAFE_DROP, Kind.SAFE_PICKUP);
    /** The reason codes offered, in the order shown. */
    public static final List<String> REASONS = List.of("PETTY_CASH", "SUPPLIER", "CHANGE_FUND", "BANK", "OTHER");

    private final TaskRunner runner;
    private final CashCounting cash;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.PAY_OUT);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ObjectProperty<String> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty bagNo = new SimpleStringProperty(this, "bagNo", "");
    private final ReadOnlyBooleanWrapper dropDue = new ReadOnlyBooleanWrapper(this, "dropDue");
    private final ReadOnlyObjectWrapper<Money> expected = new ReadOnlyObjectWrapper<>(this, "expected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<CashMovement> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final Command record;

    public CashMovesViewModel(TaskRunner runner, CashCounting cash, ApprovalFlow approvals, CashSlips slips,
            SlipPrinter printer) {
        this.runner = runner;
        this.cash = cash;
        var ready = Bindings.createBooleanBinding(() -> !amount.get().isBlank() && kind.get() != null, amount, kind);
        record = new Command(ready, () -> {
            Money money = amount();
            if (money == null) {
                return;
            }
            Kind k = kind.get();
            String why = k.needsReason() ? reason.get() : null;
            String bag = k.needsBag() ? bagNo.get() : null;
            approvals.run(UiText.of("override.cash_move", UiText.of("cash.kind." + k.name()), Formats.money(money)),
                    ap -> cash.move(k, money, why, bag, ap), mv -> {
                        last.set(mv);
                        amount.set("");
                        bagNo.set("");
                        message.set(UiText.of("cash.moved", UiText.of("cash.kind." + k.name()),
                                Formats.money(mv.amount())));
                        printer.printSlip(slips.movement(mv), message::set);
                        refresh();
                    }, f -> message.set(UiText.ofFailure(f)));
        });
    }

    /** The amount typed as money of the drawer's currency, or null with a message saying why not. */
    private Money amount() {
        String text = amount.get().strip();
        try {
            Money m = Money.of(new BigDecimal(text), cash.policy().denominations().currency());
            if (!m.isPositive()) {
                message.set(UiText.of("error.AMOUNT_NEGATIVE"));
                return null;
            }
            return m;
        } catch (RuntimeException e) {
            message.set(UiText.of("error.amount_invalid", text));
            return null;
        }
    }

    /** Reads the drawer again: whether a drop is due, and the expected cash unless counts are blind. */
    public void refresh() {
        runner.run(cash::drawer, (DrawerStatus s) -> {
            dropDue.set(s.dropDue());
            expected.set(s.expected());
        }, f -> message.set(UiText.ofFailure(f)));
    }

    /** Starts a safe drop (the prompt's answer). */
    public void startDrop() {
        kind.set(Kind.SAFE_DROP);
        message.set(UiText.of("cash.drop_due"));
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<String> reasonProperty() {
        return reason;
    }

    public StringProperty bagNoProperty() {
        return bagNo;
    }

    public ReadOnlyBooleanProperty dropDueProperty() {
        return dropDue.getReadOnlyProperty();
    }

    /** The cash the till expects in the drawer; null when counts are blind. */
    public ReadOnlyObjectProperty<Money> expectedProperty() {
        return expected.getReadOnlyProperty();
    }

    /** The last movement recorded. */
    public ReadOnlyObjectProperty<CashMovement> lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command recordCommand() {
        return record;
    }
}
