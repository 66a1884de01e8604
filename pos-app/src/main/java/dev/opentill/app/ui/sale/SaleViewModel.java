package dev.opentill.app.ui.sale;

import dev.opentill.app.sale.ProductLookup;
import dev.opentill.app.sale.Selling;
import dev.opentill.core.catalog.QuickKeyPage;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.devices.WeightSource;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketTotals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The sale screen: an always-ready scan field that doubles as the entry for quantities, prices and
 * discounts (type, then press the function key), the ticket's lines, totals and quick keys. Every
 * till call runs through the {@link TaskRunner}; overrides go through {@link ApprovalFlow}.
 */
public final class SaleViewModel {
    private final TaskRunner runner;
    private final Selling till;
    private final ProductLookup lookup;
    private final CurrentTicket current;
    private final ApprovalFlow approvals;
    private final WeightSource scale;
    private final Locale locale;
    private final Navigator navigator;
    private OptionsFirst options = OptionsFirst.NONE;

    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<LineRow> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<QuickKeyPage> quickKeys = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<QuickKeyPage> quickKeysView = FXCollections.unmodifiableObservableList(quickKeys);
    private final PriceProofViewModel proof;
    private final ObjectProperty<LineRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<TicketTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyStringWrapper member = new ReadOnlyStringWrapper(this, "member");
    private final ReadOnlyBooleanWrapper refund = new ReadOnlyBooleanWrapper(this, "refund");
    private final ReadOnlyBooleanWrapper hasItems = new ReadOnlyBooleanWrapper(this, "hasItems");
    private final ReadOnlyObjectWrapper<List<CouponRow>> coupons = new ReadOnlyObjectWrapper<>(this, "coupons",
            List.of());
    private final ReadOnlyObjectWrapper<Money> discounts = new ReadOnlyObjectWrapper<>(this, "discounts");
    private final ReadOnlyObjectWrapper<Payment> payment = new ReadOnlyObjectWrapper<>(this, "payment");

    private final Command pay;
    private final Command voidLine;
    private final Command quantity;
    private final Command priceOverride;
    private final Command lineDiscount;
    private final Command ticketDiscount;
    private final Command cancel;

    public SaleViewModel(TaskRunner runner, Selling till, ProductLookup lookup, CurrentTicket current,
            ApprovalFlow approvals,
            WeightSource scale, Locale locale, Navigator navigator) {
        this.runner = runner;
        this.till = till;
        this.lookup = lookup;
        this.current = current;
        this.approvals = approvals;
        this.scale = scale;
        this.locale = locale;
        this.proof = new PriceProofViewModel(locale);
        this.navigator = navigator;
        var lineChosen = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().voided(),
                selected);
        pay = new Command(hasItems, () -> navigator.show(Screen.TENDER));
        voidLine = new Command(lineChosen, this::voidSelected);
        // Active as soon as there is something to change: with nothing typed they say what to type.
        quantity = new Command(lineChosen, () -> ifTyped("sale.type_quantity", this::quantityFromInput));
        priceOverride = new Command(lineChosen, () -> ifTyped("sale.type_price", this::priceFromInput));
        lineDiscount = new Command(lineChosen, () -> ifTyped("sale.type_discount", this::lineDiscountFromInput));
        ticketDiscount = new Command(hasItems, () -> ifTyped("sale.type_discount", this::ticketDiscountFromInput));
        cancel = new Command(hasItems, this::cancelTicket);
        current.stateProperty().addListener((o, was, now) -> showTicket(now));
        if (current.get() != null) {
            showTicket(current.get());
        }
    }

    /** Products with option groups open the picker of {@code flow} instead of being added at once. */
    public void offerOptionsWith(OptionsFirst flow) {
        this.options = flow;
    }

    /** Loads the open ticket (restored after a restart) and the quick keys. */
    public void start() {
        runner.run(current::captureCurrent, current::show, this::fail);
        runner.run(lookup::quickKeys, quickKeys::setAll, this::fail);
    }

    /** Enter in the scan field: the typed or wedge-scanned code is looked up and added. */
    public void submitInput() {
        String code = input.get().strip();
        input.set("");
        if (!code.isEmpty()) {
            scan(code);
        }
    }

    /** A code from any scanner. Weighed goods without a price label are weighed on the scale. */
    public void scan(String code) {
        OptionsFirst flow = options;
        change(() -> {
            if (flow != OptionsFirst.NONE && lookup.priceCheck(code).filter(flow::prepare).isPresent()) {
                return null; // made to order: the picker adds it
            }
            try {
                return till.scan(code);
            } catch (SaleException e) {
                if (e.error() != SaleError.WEIGHT_REQUIRED || scale == null) {
                    throw e;
                }
                Product p = lookup.priceCheck(code).orElseThrow(() -> e);
                return till.addProduct(p.id(), weigh());
            }
        });
    }

    /** A quick key or search result; weighed products take the scale's weight. */
    public void addProduct(Product product) {
        OptionsFirst flow = options;
        change(() -> flow.prepare(product)
                ? null
                : till.addProduct(product.id(),
                        product.soldByWeight() ? weigh() : 1000));
    }

    private long weigh() {
        if (scale == null) {
            throw new SaleException(SaleError.WEIGHT_REQUIRED, "No scale attached");
        }
        try {
            return scale.readGrams();
        } catch (IllegalStateException e) {
            throw new SaleException(SaleError.WEIGHT_REQUIRED, e.getMessage());
        }
    }

    private void voidSelected() {
        LineRow row = selected.get();
        approvals.run(UiText.of("override.void", row.name()), a -> current.capture(till.voidLine(row.id(), a)),
                this::shown, this::fail);
    }

    private void ifTyped(String hint, Runnable action) {
        if (input.get().isBlank()) {
            message.set(UiText.of(hint));
        } else {
            action.run();
        }
    }

    private void quantityFromInput() {
        LineRow row = selected.get();
        Long milli = parseQuantity(takeInput());
        if (milli != null) {
            change(() -> till.changeQuantity(row.id(), milli));
        }
    }

    private void priceFromInput() {
        LineRow row = selected.get();
        Money price = parseMoney(takeInput());
        if (price != null) {
            approvals.run(UiText.of("override.price", row.name()),
                    a -> current.capture(till.overridePrice(row.id(), price, a)), this::shown, this::fail);
        }
    }

    /** "2.50" takes 2.50 off the selected line; "10%" takes ten per cent of its amount. */
    private void lineDiscountFromInput() {
        LineRow row = selected.get();
        TicketLine line = current.get().ticket().line(row.id());
        Money discount = parseDiscount(takeInput(), line.grossAmount().abs());
        if (discount != null) {
            approvals.run(UiText.of("override.discount", row.name()),
                    a -> current.capture(till.discountLine(row.id(), discount, a)), this::shown, this::fail);
        }
    }

    private void ticketDiscountFromInput() {
        Money base = current.get().totals().subtotal().minus(current.get().totals().lineDiscounts());
        Money discount = parseDiscount(takeInput(), base);
        if (discount != null) {
            approvals.run(UiText.of("override.discount_ticket"),
                    a -> current.capture(till.discountTicket(discount, a)), this::shown, this::fail);
        }
    }

    private void cancelTicket() {
        approvals.run(UiText.of("override.cancel"), a -> current.capture(till.cancel(a)), this::shown, this::fail);
    }

    /** Runs a change off the FX thread; a null ticket means the option picker takes over. */
    private void change(Callable<Ticket> action) {
        OptionsFirst flow = options;
        runner.run(() -> {
            Ticket t = action.call();
            return t == null ? null : current.capture(t);
        }, state -> {
            if (state == null) {
                message.set(null);
                flow.open();
            } else {
                shown(state);
            }
        }, this::fail);
    }

    private void shown(TicketState state) {
        message.set(null);
        current.show(state);
    }

    private void fail(Throwable failure) {
        message.set(UiText.ofFailure(failure));
    }

    private void showTicket(TicketState state) {
        if (state == null) {
            return;
        }
        Ticket t = state.ticket();
        LineRow was = selected.get();
        int before = lines.size();
        Map<UUID, String> names = PriceProofViewModel.names(state.proof(), locale);
        List<LineRow> rows = t.lines().stream()
                .map(l -> LineRow.of(l, locale, l.promotionId() == null ? null : names.get(l.promotionId()))).toList();
        proof.show(state.proof());
        // Only changed rows are replaced, so the list re-lays out one cell per scan, not all of them.
        for (int i = 0; i < rows.size(); i++) {
            if (i >= lines.size()) {
                lines.add(rows.get(i));
            } else if (!lines.get(i).equals(rows.get(i))) {
                lines.set(i, rows.get(i));
            }
        }
        if (lines.size() > rows.size()) {
            lines.remove(rows.size(), lines.size());
        }
        // A new line takes the selection; otherwise the cashier's selection stays on its line.
        LineRow keep = rows.size() > before || was == null
                ? null
                : rows.stream().filter(r -> r.id().equals(was.id())).findFirst().orElse(null);
        selected.set(keep != null ? keep : rows.isEmpty() ? null : rows.get(rows.size() - 1));
        List<CouponRow> onTicket = t.coupons().stream().map(c -> new CouponRow(c.code(), c.amount())).toList();
        Money couponTotal = Money.zero(t.currency());
        for (CouponRow c : onTicket) {
            couponTotal = couponTotal.plus(c.amount());
        }
        coupons.set(onTicket);
        discounts.set(state.totals().discounts().minus(couponTotal));
        totals.set(state.totals());
        member.set(t.memberCard());
        refund.set(t.isReturn());
        hasItems.set(!t.isEmpty());
        payment.set(Payment.of(t.tenders(), state.settlement()));
    }

    private String takeInput() {
        String s = input.get().strip();
        input.set("");
        return s;
    }

    private Long parseQuantity(String text) {
        return TypedAmounts.quantity(text, message::set);
    }

    private Money parseMoney(String text) {
        return TypedAmounts.money(text, current.get().ticket().currency(), message::set);
    }

    private Money parseDiscount(String text, Money base) {
        return TypedAmounts.discount(text, base, message::set);
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObservableList<LineRow> lines() {
        return linesView;
    }

    public ObservableList<QuickKeyPage> quickKeys() {
        return quickKeysView;
    }

    public ObjectProperty<LineRow> selectedProperty() {
        return selected;
    }

    /** Why the ticket costs what it does, for the screen's proof list. */
    public PriceProofViewModel proof() {
        return proof;
    }

    public ReadOnlyObjectProperty<TicketTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refundProperty() {
        return refund.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasItemsProperty() {
        return hasItems.getReadOnlyProperty();
    }

    /** The coupons on the ticket, each with what it takes off; they are not part of {@link #discountsProperty()}. */
    public ReadOnlyObjectProperty<List<CouponRow>> couponsProperty() {
        return coupons.getReadOnlyProperty();
    }

    /** Promotion and hand-given discounts, without the coupons. */
    public ReadOnlyObjectProperty<Money> discountsProperty() {
        return discounts.getReadOnlyProperty();
    }

    /** Paid so far and still due, null while the ticket has no payment (e.g. after a restart mid-tender). */
    public ReadOnlyObjectProperty<Payment> paymentProperty() {
        return payment.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }

    public Command payCommand() {
        return pay;
    }

    public Command voidCommand() {
        return voidLine;
    }

    public Command quantityCommand() {
        return quantity;
    }

    public Command priceCommand() {
        return priceOverride;
    }

    public Command lineDiscountCommand() {
        return lineDiscount;
    }

    public Command ticketDiscountCommand() {
        return ticketDiscount;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
