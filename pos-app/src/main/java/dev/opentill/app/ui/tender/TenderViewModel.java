package dev.opentill.app.ui.tender;

import dev.opentill.app.tender.Tendering;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.DisplayOutput;
import dev.opentill.app.ui.devices.DrawerControl;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.app.ui.sale.TicketState;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tender screen: cash with quick amounts, card and mobile payments with their reference, split
 * over several tenders. When the ticket is paid it completes the sale, prints the receipt, opens
 * the drawer for cash and shows the change to the cashier and on the customer display. Amounts
 * are entered positive; on a return ticket the till records them as refunds.
 */
public final class TenderViewModel {
    private final TaskRunner runner;
    private final Tendering till;
    private final CurrentTicket current;
    private final ReceiptDesk receipts;
    private final DrawerControl drawer;
    private final DisplayOutput display;
    private final Function<UiText, String> text;
    private final Navigator navigator;

    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyObjectWrapper<Money> due = new ReadOnlyObjectWrapper<>(this, "due");
    private final ReadOnlyObjectWrapper<Money> cashDue = new ReadOnlyObjectWrapper<>(this, "cashDue");
    private final ReadOnlyObjectWrapper<CompletedSale> completed = new ReadOnlyObjectWrapper<>(this, "completed");
    private final ReadOnlyObjectWrapper<Money> cashBack = new ReadOnlyObjectWrapper<>(this, "cashBack");
    private final ReadOnlyObjectWrapper<Money> rounding = new ReadOnlyObjectWrapper<>(this, "rounding");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper refund = new ReadOnlyBooleanWrapper(this, "refund");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Tender> tenders = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<Tender> tendersView = FXCollections.unmodifiableObservableList(tenders);
    private final ObservableList<Money> quickAmounts = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<Money> quickAmountsView = FXCollections.unmodifiableObservableList(quickAmounts);

    private final Command cash;
    private final Command card;
    private final Command mobile;
    private final Command storedValue;
    private final Command removeTenders;
    private final Command back;
    private final Command next;

    public TenderViewModel(TaskRunner runner, Tendering till, CurrentTicket current, ReceiptDesk receipts,
            DrawerControl drawer, DisplayOutput display, Function<UiText, String> text, Navigator navigator) {
        this.runner = runner;
        this.till = till;
        this.current = current;
        this.receipts = receipts;
        this.drawer = drawer;
        this.display = display;
        this.text = text;
        this.navigator = navigator;
        var paying = completed.isNull().and(busy.not()).and(due.isNotNull());
        var hasRef = Bindings.createBooleanBinding(() -> !reference.get().isBlank(), reference);
        cash = new Command(paying, () -> payCash(typedOr(cashDue.get())));
        card = new Command(paying.and(hasRef), () -> payWith(TenderType.CARD));
        mobile = new Command(paying.and(hasRef), () -> payWith(TenderType.MOBILE));
        // The card number is typed or scanned into the reference field.
        storedValue = new Command(paying.and(hasRef), () -> payWith(TenderType.STORED_VALUE));
        removeTenders = new Command(paying.and(Bindings.isNotEmpty(tenders)), this::clearTenders);
        back = new Command(completed.isNull().and(Bindings.isEmpty(tenders)), () -> navigator.show(Screen.SALE));
        next = new Command(completed.isNotNull(), this::nextCustomer);
        current.stateProperty().addListener((o, was, now) -> apply(now));
        apply(current.get());
    }

    /** Called when the screen opens: shows the ticket's amount due on the customer display. */
    public void enter() {
        completed.set(null);
        message.set(null);
        amount.set("");
        reference.set("");
        apply(current.get());
        if (total.get() != null) {
            display.show(text.apply(UiText.of("display.total")), Formats.money(total.get()));
        }
        // Already paid (an order paid online): nothing to take, so the sale completes at once.
        if (current.get() != null && !current.get().ticket().lines().isEmpty()
                && !current.get().ticket().tenders().isEmpty() && current.get().settlement().isSettled()) {
            complete();
        }
    }

    /** A quick-amount button: the customer hands over this much cash. */
    public void payCash(Money handed) {
        if (handed == null) {
            return;
        }
        tender(TenderType.CASH, handed, null);
    }

    private void payWith(TenderType type) {
        Money m = typedOr(due.get().abs());
        if (m != null) {
            tender(type, m, reference.get().strip());
        }
    }

    private void tender(TenderType type, Money m, String ref) {
        busy.set(true);
        runner.run(() -> current.capture(till.addTender(type, m, ref)), state -> {
            busy.set(false);
            amount.set("");
            reference.set("");
            message.set(null);
            current.show(state);
            if (state.settlement().isSettled()) {
                complete();
            }
        }, this::fail);
    }

    private void complete() {
        TicketState paid = current.get();
        busy.set(true);
        runner.run(() -> {
            CompletedSale sale = till.complete();
            return new Done(sale, current.captureCurrent());
        }, done -> {
            busy.set(false);
            cashBack.set(refund.get() ? cashTendered(paid) : done.sale().change());
            rounding.set(paid.settlement().cashRounding().abs());
            completed.set(done.sale());
            receipts.print(done.sale().receipt());
            if (done.sale().openDrawer()) {
                drawer.open().exceptionally(f -> {
                    runner.ui(() -> message.set(UiText.of("drawer.failed")));
                    return null;
                });
            }
            display.show(text.apply(UiText.of(refund.get() ? "display.cash_back" : "display.change")),
                    Formats.money(cashBack.get()));
            current.show(done.fresh());
        }, this::fail);
    }

    /** The cash paid out on a refund: what the drawer gives back, after cash rounding. */
    private static Money cashTendered(TicketState s) {
        Money cash = Money.zero(s.ticket().currency());
        for (Tender t : s.ticket().tenders()) {
            if (t.type() == TenderType.CASH) {
                cash = cash.plus(t.amount().abs());
            }
        }
        return cash;
    }

    private void clearTenders() {
        runner.run(() -> current.capture(till.removeTenders()), current::show, this::fail);
    }

    private void nextCustomer() {
        completed.set(null);
        navigator.show(Screen.SALE);
    }

    private Money typedOr(Money fallback) {
        String t = amount.get().strip();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            return Money.parse(t, fallback.currency());
        } catch (RuntimeException e) {
            message.set(UiText.of("error.amount_invalid", t));
            return null;
        }
    }

    private void fail(Throwable f) {
        busy.set(false);
        message.set(UiText.ofFailure(f));
    }

    private void apply(TicketState s) {
        if (s == null || completed.get() != null) {
            return;
        }
        total.set(s.totals().total());
        due.set(s.settlement().balanceDue());
        cashDue.set(s.cashDue());
        refund.set(s.totals().total().isNegative());
        tenders.setAll(s.ticket().tenders());
        quickAmounts.setAll(refund.get() ? List.of(s.cashDue()) : QuickAmounts.forDue(s.cashDue(), 5));
    }

    private record Done(CompletedSale sale, TicketState fresh) {
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Money> dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Money> cashDueProperty() {
        return cashDue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompletedSale> completedProperty() {
        return completed.getReadOnlyProperty();
    }

    /** Once complete: the cash the cashier hands over, change on a sale or the refund paid out in cash. */
    public ReadOnlyObjectProperty<Money> cashBackProperty() {
        return cashBack.getReadOnlyProperty();
    }

    /** Once complete: the cash rounding of the sale or refund (positive; zero when none). */
    public ReadOnlyObjectProperty<Money> roundingProperty() {
        return rounding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refundProperty() {
        return refund.getReadOnlyProperty();
    }

    public ObservableList<Tender> tenders() {
        return tendersView;
    }

    public ObservableList<Money> quickAmounts() {
        return quickAmountsView;
    }

    public ReceiptDesk receipts() {
        return receipts;
    }

    public Command cashCommand() {
        return cash;
    }

    public Command cardCommand() {
        return card;
    }

    public Command mobileCommand() {
        return mobile;
    }

    /** Pays with the stored-value card whose number is in the reference field (held at the centre). */
    public Command storedValueCommand() {
        return storedValue;
    }

    public Command removeTendersCommand() {
        return removeTenders;
    }

    public Command backCommand() {
        return back;
    }

    public Command nextCommand() {
        return next;
    }
}
