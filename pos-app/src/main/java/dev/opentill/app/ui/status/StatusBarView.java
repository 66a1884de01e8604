package dev.opentill.app.ui.status;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.devices.PrinterState;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The status bar along the bottom: sync, printer, drawer, scanner (only while offline), cashier and clock. */
public final class StatusBarView {
    public static final String SYNC_ID = "syncStatus";
    public static final String PRINTER_ID = "printerStatus";
    public static final String SCANNER_ID = "scannerStatus";

    private final HBox root = new HBox(18);

    public StatusBarView(StatusBarViewModel vm, Messages m) {
        root.getStyleClass().add(Styles.STATUS_BAR);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 12, 6, 12));
        Label sync = item(SYNC_ID);
        sync.textProperty().bind(Bindings.createStringBinding(() -> vm.onlineProperty().get()
                ? m.get("status.online", vm.pendingProperty().get())
                : m.get("status.offline", vm.pendingProperty().get()), vm.onlineProperty(), vm.pendingProperty()));
        vm.onlineProperty().addListener((o, a, b) -> state(sync, b));
        state(sync, vm.onlineProperty().get());
        Label printer = item(PRINTER_ID);
        printer.textProperty().bind(Bindings.createStringBinding(() -> m.get("status.printer",
                m.get("printer." + vm.printerProperty().get().name())), vm.printerProperty()));
        vm.printerProblemProperty().addListener((o, a, b) -> state(printer, !b));
        state(printer, !vm.printerProblemProperty().get());
        printer.pseudoClassStateChanged(Styles.WARNING, vm.printerProperty().get() == PrinterState.PAPER_LOW);
        Label drawer = item("drawerStatus");
        drawer.textProperty().bind(Bindings.when(vm.drawerOpenProperty()).then(m.get("status.drawer_open"))
                .otherwise(m.get("status.drawer_closed")));
        vm.drawerOpenProperty().addListener((o, a, b) -> drawer.pseudoClassStateChanged(Styles.WARNING, b));
        Label scanner = item(SCANNER_ID);
        scanner.setText(m.get("status.scanner_offline"));
        scanner.visibleProperty().bind(vm.scannerOfflineProperty());
        scanner.managedProperty().bind(vm.scannerOfflineProperty());
        state(scanner, false);
        Label cashier = item("cashierStatus");
        cashier.textProperty().bind(Bindings.createStringBinding(() -> vm.cashierProperty().get().isEmpty()
                ? ""
                : m.get("status.cashier", vm.cashierProperty().get()), vm.cashierProperty()));
        Label clock = item("clock");
        clock.textProperty().bind(vm.clockProperty());
        root.getChildren().addAll(sync, printer, drawer, scanner, Ui.grow(), cashier, clock);
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    public Node node() {
        return root;
    }

    private static Label item(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.STATUS_ITEM);
        return l;
    }

    private static void state(Label l, boolean ok) {
        l.pseudoClassStateChanged(Styles.OK, ok);
        l.pseudoClassStateChanged(Styles.ERROR, !ok);
    }
}
