package dev.opentill.app.ui.park;

import dev.opentill.app.park.Parking;
import dev.opentill.app.park.ParkedTicket;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.sale.CurrentTicket;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Park the open ticket under a label (e.g. "customer fetching wallet") and resume it later. */
public final class ParkViewModel {
    private final TaskRunner runner;
    private final Parking till;
    private final CurrentTicket current;
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObservableList<ParkedTicket> parked = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener added to a throwaway view would be dropped by the garbage collector. */
    private final ObservableList<ParkedTicket> parkedView = FXCollections.unmodifiableObservableList(parked);
    private final ObjectProperty<ParkedTicket> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command park;
    private final Command resume;

    public ParkViewModel(TaskRunner runner, Parking till, CurrentTicket current) {
        this.runner = runner;
        this.till = till;
        this.current = current;
        var ticketHasItems = Bindings
                .createBooleanBinding(() -> current.get() != null && !current.get().ticket().isEmpty()
                        && !current.get().ticket().isReturn(), current.stateProperty());
        var ticketEmpty = Bindings.createBooleanBinding(() -> current.get() == null || current.get().ticket().isEmpty(),
                current.stateProperty());
        park = new Command(ticketHasItems, this::parkCurrent);
        resume = new Command(selected.isNotNull().and(ticketEmpty), this::resumeSelected);
    }

    /** Loads the parked tickets; called when the dialog opens. */
    public void load() {
        runner.run(till::parked, list -> {
            parked.setAll(list);
            selected.set(list.isEmpty() ? null : list.get(0));
        }, this::fail);
    }

    private void parkCurrent() {
        String l = label.get().isBlank() ? null : label.get().strip();
        runner.run(() -> current.capture(till.park(l)), s -> {
            label.set("");
            current.show(s);
            message.set(UiText.of("park.parked"));
            load();
        }, this::fail);
    }

    private void resumeSelected() {
        ParkedTicket p = selected.get();
        runner.run(() -> current.capture(till.resume(p.id())), s -> {
            current.show(s);
            message.set(null);
            load();
        }, this::fail);
    }

    private void fail(Throwable f) {
        message.set(UiText.ofFailure(f));
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObservableList<ParkedTicket> parked() {
        return parkedView;
    }

    public ObjectProperty<ParkedTicket> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command parkCommand() {
        return park;
    }

    public Command resumeCommand() {
        return resume;
    }
}
