package dev.opentill.app.ui.returns;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The returns screen: receipt number (scan or type), the sale's lines, quantity to take back. */
public final class ReturnsView {
    public static final String RECEIPT_ID = "returnReceipt";
    public static final String LINES_ID = "returnLines";

    private final ReturnsViewModel vm;
    private final Messages m;
    private final TextField receipt = new TextField();
    private final TextField quantity = new TextField();
    private final BorderPane root = new BorderPane();

    public ReturnsView(ReturnsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().addAll(Styles.SCREEN, "returns-screen");
        receipt.setId(RECEIPT_ID);
        receipt.getStyleClass().add(Styles.SCAN_INPUT);
        receipt.setPromptText(m.get("returns.receipt_prompt"));
        receipt.textProperty().bindBidirectional(vm.receiptNoProperty());
        receipt.setOnAction(e -> vm.findCommand().execute());
        quantity.setId("returnQuantity");
        quantity.getStyleClass().add(Styles.FORM_FIELD);
        quantity.setPromptText(m.get("returns.quantity_prompt"));
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.setOnAction(e -> vm.takeCommand().execute());
        ListView<ReturnRow> lines = new ListView<>(vm.rows());
        lines.setId(LINES_ID);
        lines.getStyleClass().add(Styles.TICKET_LIST);
        lines.setPlaceholder(Ui.label(m.get("returns.empty"), Styles.SUBTITLE));
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReturnRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null
                        ? null
                        : m.get("returns.line", r.name(), Formats.quantity(r.soldMilli(), r.weighed()),
                                Formats.quantity(r.returnableMilli(), r.weighed()), Formats.money(r.paid())));
            }
        });
        lines.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> lines.getSelectionModel().select(b));
        Label found = new Label();
        found.getStyleClass().add(Styles.SUBTITLE);
        vm.foundReceiptProperty().addListener((o, a, b) -> found.setText(b == null ? "" : m.get("returns.found", b)));
        VBox left = new VBox(10, Ui.label(m.get("returns.title"), Styles.TITLE), receipt,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), found, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        root.setCenter(left);
        Button find = Ui.key(m.get("returns.find"), "Enter", vm.findCommand());
        Button take = Ui.key(m.get("returns.take"), "F3", vm.takeCommand(), Styles.KEY_PRIMARY);
        take.setId("returnTake");
        Button refund = Ui.key(m.get("returns.refund"), "F12", vm.refundCommand(), Styles.KEY_PRIMARY);
        refund.setId("returnRefund");
        Button back = Ui.key(m.get("returns.back"), "Esc", vm.backCommand());
        VBox right = new VBox(10, Ui.label(m.get("returns.quantity"), Styles.TOTAL_LABEL), quantity, find, take,
                Ui.grow(), refund, back);
        right.getChildren().stream().filter(n -> n instanceof Button).forEach(n -> ((Button) n).setPrefHeight(64));
        right.setPadding(new Insets(16));
        right.setPrefWidth(360);
        root.setRight(right);
        HBox.setHgrow(left, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        receipt.requestFocus();
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case F3 -> vm.takeCommand().execute();
            case F12 -> vm.refundCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
