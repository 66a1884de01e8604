package dev.opentill.app.ui.production;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.production.ProductionOrder;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The counter's production queue: touch an order, mark it ready or collected, or scan a cup label. */
public final class ProductionView {
    public static final String LIST_ID = "productionList";
    public static final String CODE_ID = "productionCode";
    public static final String READY_ID = "productionReady";
    public static final String COLLECTED_ID = "productionCollected";
    public static final String CALL_SCREEN_ID = "productionCallScreen";

    private final ProductionViewModel vm;
    private final ListView<ProductionOrder> list;
    private final TextField code = new TextField();
    private final BorderPane root = new BorderPane();
    private final Runnable openCallScreen;

    /** {@code openCallScreen} opens the customer-facing window (a second monitor). */
    public ProductionView(ProductionViewModel vm, Messages m, Runnable openCallScreen) {
        this.vm = vm;
        root.getStyleClass().addAll(Styles.SCREEN, "production-screen");
        list = new ListView<>(vm.orders());
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.TICKET_LIST);
        list.setPlaceholder(Ui.label(m.get("production.none"), Styles.SUBTITLE));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProductionOrder o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null
                        ? null
                        : m.get("production.row", CallNumberViewModel.shown(o), o.cups(),
                                o.summary(), m.get("production.status." + o.status().name()),
                                m.get("production.channel." + o.channel().name())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        code.setId(CODE_ID);
        code.getStyleClass().add(Styles.SCAN_INPUT);
        code.setPromptText(m.get("production.scan_prompt"));
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.setOnAction(e -> vm.submitCode());
        VBox left = new VBox(10, Ui.label(m.get("production.title"), Styles.TITLE), code,
                Ui.message(vm.messageProperty(), m), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        Button ready = Ui.key(m.get("production.ready"), "F5", vm.readyCommand(), Styles.KEY_PRIMARY);
        ready.setId(READY_ID);
        Button collected = Ui.key(m.get("production.collected"), "F6", vm.collectedCommand(), Styles.KEY_PRIMARY);
        collected.setId(COLLECTED_ID);
        Button call = Ui.key(m.get("production.call_screen"), "F7", Command.always(openCallScreen));
        call.setId(CALL_SCREEN_ID);
        Button back = Ui.key(m.get("production.back"), "Esc", vm.backCommand());
        for (Button b : new Button[]{ready, collected, call, back}) {
            b.setPrefHeight(64);
        }
        VBox right = new VBox(10, ready, collected, call, Ui.grow(), back);
        right.setPadding(new Insets(16));
        right.setPrefWidth(300);
        root.setCenter(left);
        root.setRight(right);
        this.openCallScreen = openCallScreen;
    }

    public Node node() {
        return root;
    }

    public void focus() {
        vm.refresh();
        code.requestFocus();
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case F5 -> vm.readyCommand().execute();
            case F6 -> vm.collectedCommand().execute();
            case F7 -> openCallScreen.run();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
