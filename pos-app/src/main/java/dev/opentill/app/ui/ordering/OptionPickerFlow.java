package dev.opentill.app.ui.ordering;

import dev.opentill.app.ordering.Ordering;
import dev.opentill.app.ui.sale.OptionsFirst;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends made-to-order products to the option picker: {@link #prepare} (off the FX thread) reads
 * the product's menu and today's sold-out items; {@link #open} (on the FX thread) fills the
 * picker and asks the view to show it, with the product's name as its title.
 */
public final class OptionPickerFlow implements OptionsFirst {
    private final Ordering ordering;
    private final OptionPickerViewModel picker;
    private volatile Consumer<Product> view = p -> {
    };
    private volatile Pending pending;

    private record Pending(Product product, ProductMenu menu, SoldOut soldOut) {
    }

    public OptionPickerFlow(Ordering ordering, OptionPickerViewModel picker) {
        this.ordering = ordering;
        this.picker = picker;
    }

    /** What shows the picker on screen: the view's dialog. */
    public void showWith(Consumer<Product> show) {
        this.view = show;
    }

    public OptionPickerViewModel picker() {
        return picker;
    }

    @Override
    public boolean prepare(Product p) {
        Optional<ProductMenu> menu = ordering.menu(p.id());
        if (menu.isEmpty() || menu.get().groups().isEmpty()) {
            return false;
        }
        pending = new Pending(p, menu.get(), ordering.soldOut());
        return true;
    }

    @Override
    public void open() {
        Pending p = pending;
        if (p == null) {
            return;
        }
        pending = null;
        picker.open(p.product(), p.menu(), p.soldOut());
        view.accept(p.product());
    }
}
