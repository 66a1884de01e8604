package dev.opentill.app.ui.delivery;

import dev.opentill.app.delivery.DeliveryDesk;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.delivery.DeliveryOrder;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Delivery orders waiting for the store's decision: the banner counts them (and the view rings
 * when the count grows); the selected one is accepted, or rejected with the reason typed.
 */
public final class DeliveryViewModel {
    private final TaskRunner runner;
    private final DeliveryDesk desk;
    private final ObservableList<DeliveryOrder> waiting = FXCollections.observableArrayList();
    private final ObservableList<DeliveryOrder> waitingView = FXCollections.unmodifiableObservableList(waiting);
    private final ObjectProperty<DeliveryOrder> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final IntegerBinding count = Bindings.size(waiting);
    private final Command accept;
    private final Command reject;
    private final Command back;

    public DeliveryViewModel(TaskRunner runner, DeliveryDesk desk, Navigator nav) {
        this.runner = runner;
        this.desk = desk;
        accept = new Command(selected.isNotNull(), () -> act(() -> desk.accept(selected.get().id()),
                "delivery.accepted"));
        reject = new Command(selected.isNotNull().and(reason.isNotEmpty()), () -> {
            String why = reason.get();
            act(() -> desk.reject(selected.get().id(), why), "delivery.rejected");
        });
        back = Command.always(() -> nav.show(Screen.SALE));
    }

    /** Reads the waiting orders afresh (on open, and whenever the feed brought something). */
    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        runner.run(desk::waiting, list -> show(list, keep), f -> message.set(UiText.ofFailure(f)));
    }

    private void act(Callable<DeliveryOrder> work, String done) {
        runner.run(work, o -> {
            reason.set("");
            message.set(UiText.of(done, o.source(), o.platformSerial()));
            refresh();
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private void show(List<DeliveryOrder> list, UUID keep) {
        waiting.setAll(list);
        selected.set(list.stream().filter(o -> o.id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    public ObservableList<DeliveryOrder> waiting() {
        return waitingView;
    }

    /** How many orders wait: the banner shows while it is above zero. */
    public IntegerBinding countProperty() {
        return count;
    }

    public ObjectProperty<DeliveryOrder> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command acceptCommand() {
        return accept;
    }

    public Command rejectCommand() {
        return reject;
    }

    public Command backCommand() {
        return back;
    }
}
