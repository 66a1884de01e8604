package dev.opentill.app.ui.delivery;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.money.Money;
import java.util.stream.Collectors;
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

/** Delivery orders waiting: touch one, then accept it, or type a reason and reject it. */
public final class DeliveryView {
    public static final String LIST_ID = "deliveryList";
    public static final String ACCEPT_ID = "deliveryAccept";
    public static final String REJECT_ID = "deliveryReject";
    public static final String REASON_ID = "deliveryReason";

    private final DeliveryViewModel vm;
    private final ListView<DeliveryOrder> list;
    private final BorderPane root = new BorderPane();

    public DeliveryView(DeliveryViewModel vm, Messages m) {
        this.vm = vm;
        root.getStyleClass().addAll(Styles.SCREEN, "delivery-screen");
        list = new ListView<>(vm.waiting());
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.TICKET_LIST);
        list.setPlaceholder(Ui.label(m.get("delivery.none"), Styles.SUBTITLE));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DeliveryOrder o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null
                        ? null
                        : m.get("delivery.row", o.source(), o.platformSerial(),
                                o.items().stream().map(i -> i.sku() + " x" + i.quantity())
                                        .collect(Collectors.joining(", ")),
                                o.note() == null ? "" : o.note(),
                                Formats.money(Money.ofMinor(o.paidMinor(), Money.CNY))));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        TextField reason = new TextField();
        reason.setId(REASON_ID);
        reason.getStyleClass().add(Styles.FORM_FIELD);
        reason.setPromptText(m.get("delivery.reason_prompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        VBox left = new VBox(10, Ui.label(m.get("delivery.title"), Styles.TITLE), Ui.message(vm.messageProperty(), m),
                list, reason);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        Button accept = Ui.key(m.get("delivery.accept"), "F5", vm.acceptCommand(), Styles.KEY_PRIMARY);
        accept.setId(ACCEPT_ID);
        Button reject = Ui.key(m.get("delivery.reject"), "F6", vm.rejectCommand(), Styles.KEY_DANGER);
        reject.setId(REJECT_ID);
        Button back = Ui.key(m.get("delivery.back"), "Esc", vm.backCommand());
        for (Button b : new Button[]{accept, reject, back}) {
            b.setPrefHeight(64);
        }
        VBox right = new VBox(10, accept, reject, Ui.grow(), back);
        right.setPadding(new Insets(16));
        right.setPrefWidth(300);
        root.setCenter(left);
        root.setRight(right);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        vm.refresh();
        list.requestFocus();
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case F5 -> vm.acceptCommand().execute();
            case F6 -> vm.rejectCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
