package dev.opentill.app.ui.returns;

import dev.opentill.app.returns.Returns;
import dev.opentill.app.returns.ReturnableSale;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.app.ui.sale.TicketState;
import dev.opentill.core.returns.SoldLine;
import dev.opentill.core.sale.TicketLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Returns: find the original sale by its receipt number (typed or scanned from the receipt), pick
 * lines and quantities to take back, then refund on the tender screen. Never more than was sold:
 * the rows show what is left after earlier returns and the lines already on this return.
 */
public final class ReturnsViewModel {
    private final TaskRunner runner;
    private final Returns till;
    private final CurrentTicket current;
    private final ApprovalFlow approvals;
    private final Locale locale;
    private final Navigator navigator;
    private final StringProperty receiptNo = new SimpleStringProperty(this, "receiptNo", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final ReadOnlyStringWrapper foundReceipt = new ReadOnlyStringWrapper(this, "foundReceipt");
    private final ObservableList<ReturnRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<ReturnRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<ReturnRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command find;
    private final Command take;
    private final Command refund;
    private final Command back;
    private ReturnableSale sale;

    public ReturnsViewModel(TaskRunner runner, Returns till, CurrentTicket current, ApprovalFlow approvals,
            Locale locale, Navigator navigator) {
        this.runner = runner;
        this.till = till;
        this.current = current;
        this.approvals = approvals;
        this.locale = locale;
        this.navigator = navigator;
        find = new Command(Bindings.createBooleanBinding(() -> !receiptNo.get().isBlank(), receiptNo), this::findSale);
        take = new Command(
                Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().returnableMilli() > 0,
                        selected),
                this::takeSelected);
        var hasReturnLines = Bindings
                .createBooleanBinding(() -> current.get() != null && current.get().ticket().isReturn()
                        && !current.get().ticket().isEmpty(), current.stateProperty());
        refund = new Command(hasReturnLines, () -> navigator.show(Screen.TENDER));
        back = Command.always(this::leave);
        current.stateProperty().addListener((o, was, now) -> refreshRows());
    }

    /** A receipt barcode from a serial scanner while this screen is open. */
    public void scan(String code) {
        receiptNo.set(code);
        findSale();
    }

    private void findSale() {
        String no = receiptNo.get().strip();
        approvals.run(UiText.of("override.refund", no), a -> {
            ReturnableSale s = till.startReturn(no, a);
            return new Found(s, current.captureCurrent());
        }, found -> {
            sale = found.sale();
            foundReceipt.set(sale.receiptNo());
            message.set(null);
            current.show(found.state());
            refreshRows();
        }, f -> message.set(UiText.ofFailure(f)));
    }

    /** Takes back the typed quantity of the selected line, or all of what is left when nothing is typed. */
    private void takeSelected() {
        ReturnRow row = selected.get();
        long milli;
        String typed = quantity.get().strip();
        quantity.set("");
        if (typed.isEmpty()) {
            milli = row.returnableMilli();
        } else {
            try {
                milli = new BigDecimal(typed).movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                message.set(UiText.of("error.quantity_invalid", typed));
                return;
            }
        }
        long q = milli;
        runner.run(() -> current.capture(till.addReturnLine(row.lineId(), q)), s -> {
            message.set(null);
            current.show(s);
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private void leave() {
        TicketState s = current.get();
        if (s != null && s.ticket().isReturn() && s.ticket().isEmpty()) {
            // Nothing taken back yet: drop the empty return ticket so the till can sell again.
            runner.run(() -> current.capture(till.cancel(null)), current::show, f -> message.set(UiText.ofFailure(f)));
        }
        sale = null;
        rows.clear();
        foundReceipt.set(null);
        receiptNo.set("");
        navigator.show(Screen.SALE);
    }

    private void refreshRows() {
        if (sale == null) {
            return;
        }
        UUID keep = selected.get() == null ? null : selected.get().lineId();
        rows.setAll(sale.lines().stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.lineId().equals(keep)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    private ReturnRow row(SoldLine s) {
        TicketLine l = s.line();
        long pending = 0;
        TicketState st = current.get();
        if (st != null && st.ticket().isReturn()) {
            for (TicketLine r : st.ticket().lines()) {
                if (!r.voided() && r.returnOf() != null && r.returnOf().lineId().equals(l.id())) {
                    pending += -r.quantityMilli();
                }
            }
        }
        return new ReturnRow(l.id(), l.displayName(locale), s.soldMilli(),
                Math.max(0, s.returnableMilli() - pending), s.paid(), l.weighed());
    }

    private record Found(ReturnableSale sale, TicketState state) {
    }

    public StringProperty receiptNoProperty() {
        return receiptNo;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ReadOnlyStringProperty foundReceiptProperty() {
        return foundReceipt.getReadOnlyProperty();
    }

    public ObservableList<ReturnRow> rows() {
        return rowsView;
    }

    public ObjectProperty<ReturnRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command findCommand() {
        return find;
    }

    public Command takeCommand() {
        return take;
    }

    public Command refundCommand() {
        return refund;
    }

    public Command backCommand() {
        return back;
    }
}
