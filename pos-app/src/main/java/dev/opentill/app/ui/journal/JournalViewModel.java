package dev.opentill.app.ui.journal;

import dev.opentill.app.sale.TillService;
import dev.opentill.app.sale.TillService.SaleSummary;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Today's sales and returns, newest first, with reprint of any receipt. */
public final class JournalViewModel {
    private final TaskRunner runner;
    private final TillService till;
    private final ReceiptDesk receipts;
    private final ObservableList<SaleSummary> sales = FXCollections.observableArrayList();
    private final ObjectProperty<SaleSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command reprint;
    private final Command back;

    public JournalViewModel(TaskRunner runner, TillService till, ReceiptDesk receipts, Navigator navigator) {
        this.runner = runner;
        this.till = till;
        this.receipts = receipts;
        reprint = new Command(selected.isNotNull(), () -> {
            receipts.reprint(selected.get().saleId());
            message.set(UiText.of("journal.reprinted", selected.get().receiptNo()));
        });
        back = Command.always(() -> navigator.show(Screen.SALE));
    }

    /** Reloads the journal; called when the screen opens. */
    public void load() {
        runner.run(till::todaysSales, list -> {
            sales.setAll(list);
            selected.set(list.isEmpty() ? null : list.get(0));
        }, f -> message.set(UiText.ofFailure(f)));
    }

    public ObservableList<SaleSummary> sales() {
        return FXCollections.unmodifiableObservableList(sales);
    }

    public ObjectProperty<SaleSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReceiptDesk receipts() {
        return receipts;
    }

    public Command reprintCommand() {
        return reprint;
    }

    public Command backCommand() {
        return back;
    }
}
