package dev.opentill.app.ui.production;

import dev.opentill.app.production.ProductionBoard;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * The production queue at the counter: the open orders oldest first; the selected one is marked
 * ready or collected by touch, or any one by scanning its cup label's QR code.
 */
public final class ProductionViewModel {
    private final TaskRunner runner;
    private final ProductionBoard board;
    private final ObservableList<ProductionOrder> orders = FXCollections.observableArrayList();
    private final ObservableList<ProductionOrder> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ObjectProperty<ProductionOrder> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command ready;
    private final Command collected;
    private final Command back;

    public ProductionViewModel(TaskRunner runner, ProductionBoard board, Navigator nav) {
        this.runner = runner;
        this.board = board;
        ready = new Command(Bindings.createBooleanBinding(() -> is(ProductionStatus.MAKING), selected),
                () -> act(() -> board.ready(selected.get().id())));
        collected = new Command(Bindings.createBooleanBinding(() -> is(ProductionStatus.READY), selected),
                () -> act(() -> board.collected(selected.get().id())));
        back = Command.always(() -> nav.show(Screen.SALE));
        board.addListener(this::refresh);
    }

    /** Reads the queue afresh, keeping the selection on the same order where it is still open. */
    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        runner.run(board::open, list -> show(list, keep), f -> message.set(UiText.ofFailure(f)));
    }

    /** A scanned or typed label QR code: moves its order one step. */
    public void scan(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        act(() -> board.scan(text.strip()));
    }

    /** The scan field's text, handed to {@link #scan} on Enter. */
    public void submitCode() {
        String c = code.get();
        code.set("");
        scan(c);
    }

    private void act(Callable<ProductionOrder> work) {
        runner.run(work, o -> {
            message.set(UiText.of(o.status() == ProductionStatus.READY
                    ? "production.now_ready"
                    : "production.now_collected", o.callNumber()));
            refresh();
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private void show(List<ProductionOrder> list, UUID keep) {
        orders.setAll(list);
        selected.set(list.stream().filter(o -> o.id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    private boolean is(ProductionStatus s) {
        return selected.get() != null && selected.get().status() == s;
    }

    public ObservableList<ProductionOrder> orders() {
        return ordersView;
    }

    public ObjectProperty<ProductionOrder> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command readyCommand() {
        return ready;
    }

    public Command collectedCommand() {
        return collected;
    }

    public Command backCommand() {
        return back;
    }
}
