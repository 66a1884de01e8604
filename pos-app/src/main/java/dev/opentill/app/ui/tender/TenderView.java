package dev.opentill.app.ui.tender;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.Tender;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The tender screen: what is due in large type, the payments so far, quick cash amounts and the
 * tender keys; once paid, the change due fills the left side until the cashier moves on.
 */
public final class TenderView {
    public static final String AMOUNT_ID = "tenderAmount";
    public static final String CHANGE_ID = "changeDue";
    public static final String DUE_ID = "amountDue";
    public static final String ROUNDING_ID = "cashRounding";

    private final TenderViewModel vm;
    private final Messages m;
    private final TextField amount = new TextField();
    private final TextField reference = new TextField();
    private final GridPane quick = new GridPane();
    private final BorderPane root = new BorderPane();

    public TenderView(TenderViewModel vm, Messages messages, Node receiptBanner) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().addAll(Styles.SCREEN, "tender-screen");
        root.setCenter(left(receiptBanner));
        root.setRight(right());
    }

    public Node node() {
        return root;
    }

    public void focus() {
        amount.requestFocus();
    }

    private Node left(Node receiptBanner) {
        Label dueCaption = new Label();
        dueCaption.getStyleClass().add(Styles.TOTAL_LABEL);
        dueCaption.textProperty().bind(Bindings.when(vm.refundProperty()).then(m.get("tender.refund_due"))
                .otherwise(m.get("tender.due")));
        Label due = new Label();
        due.setId(DUE_ID);
        due.getStyleClass().add(Styles.DUE_AMOUNT);
        due.textProperty().bind(Bindings.createStringBinding(() -> vm.dueProperty().get() == null
                ? ""
                : Formats.money(vm.dueProperty().get().abs()), vm.dueProperty()));
        Label total = new Label();
        total.getStyleClass().add(Styles.SUBTITLE);
        total.textProperty().bind(Bindings.createStringBinding(() -> vm.totalProperty().get() == null
                ? ""
                : m.get("tender.total", Formats.money(vm.totalProperty().get())), vm.totalProperty()));
        ListView<Tender> tenders = new ListView<>(vm.tenders());
        tenders.setFocusTraversable(false);
        tenders.setPlaceholder(Ui.label(m.get("tender.none"), Styles.SUBTITLE));
        tenders.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Tender t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null
                        ? null
                        : m.get("tender.type." + t.type().name()) + "   "
                                + Formats.money(t.amount()) + (t.reference() == null ? "" : "   " + t.reference()));
            }
        });
        tenders.setPrefHeight(160);
        VBox paying = new VBox(8, dueCaption, due, total, tenders);
        Label changeCaption = Ui.label("", Styles.TOTAL_LABEL);
        changeCaption.textProperty().bind(Bindings.when(vm.refundProperty()).then(m.get("tender.cash_back"))
                .otherwise(m.get("tender.change")));
        Label change = new Label();
        change.setId(CHANGE_ID);
        change.getStyleClass().add(Styles.CHANGE_DUE);
        change.textProperty().bind(Bindings.createStringBinding(() -> vm.cashBackProperty().get() == null
                ? ""
                : Formats.money(vm.cashBackProperty().get()), vm.cashBackProperty()));
        Label rounding = Ui.label("", Styles.SUBTITLE);
        rounding.setId(ROUNDING_ID);
        rounding.textProperty().bind(Bindings.createStringBinding(() -> vm.roundingProperty().get() == null
                ? ""
                : m.get("tender.rounding", Formats.money(vm.roundingProperty().get())), vm.roundingProperty()));
        rounding.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.roundingProperty().get() != null
                && !vm.roundingProperty().get().isZero(), vm.roundingProperty()));
        rounding.managedProperty().bind(rounding.visibleProperty());
        Label receiptNo = new Label();
        receiptNo.getStyleClass().add(Styles.SUBTITLE);
        receiptNo.textProperty().bind(Bindings.createStringBinding(() -> vm.completedProperty().get() == null
                ? ""
                : m.get("tender.completed", vm.completedProperty().get().receiptNo()), vm.completedProperty()));
        Button next = Ui.key(m.get("tender.next"), "Enter", vm.nextCommand(), Styles.KEY_PRIMARY);
        next.setId("nextCustomer");
        next.setPrefHeight(72);
        VBox done = new VBox(12, changeCaption, change, rounding, receiptNo, next);
        done.setAlignment(Pos.CENTER_LEFT);
        done.visibleProperty().bind(vm.completedProperty().isNotNull());
        paying.visibleProperty().bind(vm.completedProperty().isNull());
        VBox box = new VBox(10, Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), receiptBanner,
                new StackPane(paying, done));
        box.setPadding(new Insets(16));
        return box;
    }

    private Node right() {
        amount.setId(AMOUNT_ID);
        amount.getStyleClass().add(Styles.SCAN_INPUT);
        amount.setPromptText(m.get("tender.amount_prompt"));
        amount.textProperty().bindBidirectional(vm.amountProperty());
        amount.setOnAction(e -> enter());
        reference.setId("tenderReference");
        reference.getStyleClass().add(Styles.FORM_FIELD);
        reference.setPromptText(m.get("tender.reference_prompt"));
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        quick.setHgap(6);
        quick.setVgap(6);
        vm.quickAmounts().addListener((ListChangeListener<Money>) c -> fillQuick());
        fillQuick();
        GridPane keys = new GridPane();
        keys.setHgap(6);
        keys.setVgap(6);
        Button cash = Ui.key(m.get("tender.cash"), "F1", vm.cashCommand(), Styles.KEY_PRIMARY);
        cash.setId("payCash");
        keys.add(cash, 0, 0);
        keys.add(Ui.key(m.get("tender.card"), "F2", vm.cardCommand()), 1, 0);
        keys.add(Ui.key(m.get("tender.mobile"), "F3", vm.mobileCommand()), 0, 1);
        keys.add(Ui.key(m.get("tender.remove"), "F4", vm.removeTendersCommand(), Styles.KEY_DANGER), 1, 1);
        Button storedValue = Ui.key(m.get("tender.stored_value"), "F11", vm.storedValueCommand());
        storedValue.setId("payStoredValue");
        keys.add(storedValue, 0, 2);
        keys.add(Ui.key(m.get("tender.back"), "Esc", vm.backCommand()), 1, 2);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            keys.getColumnConstraints().add(c);
        }
        keys.getChildren().forEach(n -> ((Button) n).setPrefHeight(64));
        VBox box = new VBox(10, Ui.label(m.get("tender.amount"), Styles.TOTAL_LABEL), amount,
                Ui.label(m.get("tender.reference"), Styles.TOTAL_LABEL), reference, quick, Ui.grow(), keys);
        box.setPadding(new Insets(16));
        box.setPrefWidth(440);
        box.disableProperty().bind(vm.completedProperty().isNotNull());
        VBox.setVgrow(quick, Priority.NEVER);
        return box;
    }

    private void fillQuick() {
        quick.getChildren().clear();
        int i = 0;
        for (Money mny : vm.quickAmounts()) {
            Money handed = mny;
            Button b = Ui.key(Formats.money(mny), "F" + (5 + i), Command.always(
                    () -> vm.payCash(handed)), "quick-amount");
            b.setPrefHeight(56);
            quick.add(b, i % 3, i / 3);
            i++;
        }
    }

    private void enter() {
        if (vm.completedProperty().get() != null) {
            vm.nextCommand().execute();
        } else {
            vm.cashCommand().execute();
        }
    }

    /** Function keys of the tender screen; returns true when the key was used. */
    public boolean handleKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER && vm.completedProperty().get() != null) {
            vm.nextCommand().execute();
            return true;
        }
        if (k.ordinal() >= KeyCode.F5.ordinal() && k.ordinal() <= KeyCode.F9.ordinal()) {
            int i = k.ordinal() - KeyCode.F5.ordinal();
            if (i < vm.quickAmounts().size()) {
                vm.payCash(vm.quickAmounts().get(i));
            }
            return true;
        }
        switch (k) {
            case F1 -> vm.cashCommand().execute();
            case F2 -> vm.cardCommand().execute();
            case F3 -> vm.mobileCommand().execute();
            case F11 -> vm.storedValueCommand().execute();
            case F4 -> vm.removeTendersCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
