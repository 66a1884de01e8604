package dev.opentill.app.ui.production;

import dev.opentill.app.production.ProductionBoard;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer-facing call-number display: the numbers being made and the numbers ready to
 * collect (a delivery order shows the platform's serial next to ours), refreshed whenever the
 * queue changes.
 */
public final class CallNumberViewModel {
    private final TaskRunner runner;
    private final ProductionBoard board;
    private final ObservableList<String> making = FXCollections.observableArrayList();
    private final ObservableList<String> ready = FXCollections.observableArrayList();
    private final ObservableList<String> makingView = FXCollections.unmodifiableObservableList(making);
    private final ObservableList<String> readyView = FXCollections.unmodifiableObservableList(ready);

    public CallNumberViewModel(TaskRunner runner, ProductionBoard board) {
        this.runner = runner;
        this.board = board;
        board.addListener(this::refresh);
    }

    public void refresh() {
        runner.run(board::open, this::show, f -> {
            // The display keeps what it showed; the counter's screen reports the failure.
        });
    }

    private void show(List<ProductionOrder> open) {
        making.setAll(open.stream().filter(o -> o.status() == ProductionStatus.MAKING).map(CallNumberViewModel::shown)
                .toList());
        ready.setAll(open.stream().filter(o -> o.status() == ProductionStatus.READY).map(CallNumberViewModel::shown)
                .toList());
    }

    /** Our number, and the platform's serial after it for a delivery order ("042 #17"). */
    static String shown(ProductionOrder o) {
        return o.platformSerial() == null ? o.callNumber() : o.callNumber() + " #" + o.platformSerial();
    }

    public ObservableList<String> making() {
        return makingView;
    }

    public ObservableList<String> ready() {
        return readyView;
    }
}
