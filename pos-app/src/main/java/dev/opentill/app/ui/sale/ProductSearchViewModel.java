package dev.opentill.app.ui.sale;

import dev.opentill.app.sale.ProductLookup;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.catalog.Product;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Product search by name, code or pinyin initials ("kf" finds 咖啡), and price check: what a code
 * costs without adding it to the ticket. Adding a result goes through the sale view-model.
 */
public final class ProductSearchViewModel {
    private static final int LIMIT = 40;

    private final TaskRunner runner;
    private final ProductLookup till;
    private final SaleViewModel sale;
    private final Locale locale;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Product> results = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<Product> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<Product> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command search;
    private final Command priceCheck;
    private final Command add;

    public ProductSearchViewModel(TaskRunner runner, ProductLookup till, SaleViewModel sale) {
        this.runner = runner;
        this.till = till;
        this.sale = sale;
        this.locale = sale.locale();
        var typed = Bindings.createBooleanBinding(() -> !query.get().isBlank(), query);
        search = new Command(typed, this::runSearch);
        priceCheck = new Command(typed, this::runPriceCheck);
        add = new Command(selected.isNotNull(), () -> sale.addProduct(selected.get()));
    }

    private void runSearch() {
        String q = query.get().strip();
        runner.run(() -> till.search(q, LIMIT), list -> {
            results.setAll(list);
            selected.set(list.isEmpty() ? null : list.get(0));
            message.set(list.isEmpty() ? UiText.of("search.none", q) : null);
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private void runPriceCheck() {
        String code = query.get().strip();
        runner.run(() -> till.priceCheck(code), found -> {
            if (found.isPresent()) {
                Product p = found.get();
                results.setAll(p);
                selected.set(p);
                message.set(UiText.of(p.soldByWeight() ? "price.per_kg" : "price.each", p.displayName(locale),
                        Formats.money(p.price())));
            } else {
                results.clear();
                message.set(UiText.of("error.UNKNOWN_BARCODE", code));
            }
        }, f -> message.set(UiText.ofFailure(f)));
    }

    public String name(Product p) {
        return p.displayName(locale);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Product> results() {
        return resultsView;
    }

    public ObjectProperty<Product> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command searchCommand() {
        return search;
    }

    public Command priceCheckCommand() {
        return priceCheck;
    }

    public Command addCommand() {
        return add;
    }
}
