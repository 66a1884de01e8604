package dev.opentill.app.ui.soldout;

import dev.opentill.app.soldout.SoldOutBoard;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.menu.SoldOutEntry;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sold-out screen: today's made-to-order products and options with their state; the selected
 * one is marked sold out, or available again, by a supervisor or manager (or with one's approval).
 */
public final class SoldOutViewModel {
    private final TaskRunner runner;
    private final SoldOutBoard board;
    private final ApprovalFlow approvals;
    private final ObservableList<SoldOutEntry> items = FXCollections.observableArrayList();
    private final ObservableList<SoldOutEntry> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<SoldOutEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final BooleanBinding selectedSoldOut;
    private final Command toggle;
    private final Command back;

    public SoldOutViewModel(TaskRunner runner, SoldOutBoard board, ApprovalFlow approvals, Navigator nav) {
        this.runner = runner;
        this.board = board;
        this.approvals = approvals;
        selectedSoldOut = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().soldOut(),
                selected);
        toggle = new Command(selected.isNotNull(), this::toggleSelected);
        back = Command.always(() -> nav.show(Screen.SALE));
    }

    /** Reads today's items; called when the screen opens. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().key();
        runner.run(board::items, list -> {
            items.setAll(list);
            selected.set(list.stream().filter(i -> i.key().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private void toggleSelected() {
        SoldOutEntry item = selected.get();
        boolean soldOut = !item.soldOut();
        approvals.run(UiText.of(soldOut ? "soldout.mark" : "soldout.back"), a -> {
            board.mark(item.key(), soldOut, a);
            return Boolean.TRUE;
        }, ok -> {
            message.set(UiText.of(soldOut ? "soldout.marked" : "soldout.available", item.nameEn(), item.nameZh()));
            load();
        }, f -> message.set(UiText.ofFailure(f)));
    }

    public ObservableList<SoldOutEntry> items() {
        return itemsView;
    }

    public ObjectProperty<SoldOutEntry> selectedProperty() {
        return selected;
    }

    /** Whether the selected item is sold out now (the toggle then makes it available again). */
    public BooleanBinding selectedSoldOutProperty() {
        return selectedSoldOut;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command toggleCommand() {
        return toggle;
    }

    public Command backCommand() {
        return back;
    }
}
