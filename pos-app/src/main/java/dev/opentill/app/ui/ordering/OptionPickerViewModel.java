package dev.opentill.app.ui.ordering;

import dev.opentill.app.ordering.Ordering;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.OptionPricer;
import dev.opentill.core.menu.OptionSelection;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The option picker behind the screen: opened with the product's menu and its defaults (or a
 * line's current choices), one tap per option, the price of the cup as it stands, and a confirm
 * that adds the drink (or changes the line) on the ticket. Sold-out options are shown as such.
 */
public final class OptionPickerViewModel {
    private final TaskRunner runner;
    private final Ordering ordering;
    private final CurrentTicket current;
    private final ReadOnlyObjectWrapper<OptionSelection> selection = new ReadOnlyObjectWrapper<>(this,
            "selection");
    private final ReadOnlyObjectWrapper<Money> price = new ReadOnlyObjectWrapper<>(this, "price");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final Command confirm;
    private Product product;
    private UUID lineId;
    private SoldOut soldOut = SoldOut.NOTHING;

    public OptionPickerViewModel(TaskRunner runner, Ordering ordering, CurrentTicket current) {
        this.runner = runner;
        this.ordering = ordering;
        this.current = current;
        confirm = new Command(Bindings.createBooleanBinding(
                () -> selection.get() != null && selection.get().complete() && !done.get(), selection, done),
                this::confirm);
    }

    /** Opens the picker for a new cup of {@code p}, with {@code menu}'s defaults chosen. */
    public void open(Product p, ProductMenu menu, SoldOut today) {
        open(p, null, OptionSelection.defaults(menu), today);
    }

    /** Opens the picker on a line already on the ticket, with its current choices. */
    public void openLine(Product p, UUID line, OptionSelection choices, SoldOut today) {
        open(p, line, choices, today);
    }

    private void open(Product p, UUID line, OptionSelection s, SoldOut today) {
        product = p;
        lineId = line;
        soldOut = today;
        done.set(false);
        message.set(null);
        show(s);
    }

    public void tap(String groupCode, String optionCode) {
        if (soldOut.option(groupCode, optionCode)) {
            message.set(UiText.of("error.SOLD_OUT", SoldOut.optionKey(groupCode, optionCode)));
            return;
        }
        show(selection.get().tap(groupCode, optionCode));
    }

    public boolean isSoldOut(String groupCode, String optionCode) {
        return soldOut.option(groupCode, optionCode);
    }

    private void show(OptionSelection s) {
        selection.set(s);
        try {
            price.set(s.complete() ? OptionPricer.price(product, s.menu(), s.picks(), soldOut).listPrice() : null);
            message.set(null);
        } catch (SaleException e) {
            price.set(null);
            message.set(UiText.ofFailure(e));
        }
    }

    private void confirm() {
        OptionSelection s = selection.get();
        UUID line = lineId;
        UUID productId = product.id();
        runner.run(() -> {
            Ticket t = line == null
                    ? ordering.addWithOptions(productId, s.picks())
                    : ordering.changeOptions(line, s.picks());
            return current.capture(t);
        }, state -> {
            current.show(state);
            done.set(true);
        }, f -> message.set(UiText.ofFailure(f)));
    }

    public ReadOnlyObjectProperty<OptionSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The cup's price with the choices made; null while a group still needs a choice. */
    public ReadOnlyObjectProperty<Money> priceProperty() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the drink is on the ticket: the picker closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }

    public List<String> groupCodes() {
        return selection.get().menu().groups().stream().map(g -> g.code()).toList();
    }
}
