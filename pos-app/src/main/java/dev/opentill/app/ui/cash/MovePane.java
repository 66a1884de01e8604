package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.cash.CashMovement.Kind;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Pay in / pay out / safe drop / pickup: touch keys for the kind and reason, fields for amount and bag. */
final class MovePane {
    private final VBox root = new VBox(10);
    private final TextField amount = new TextField();

    MovePane(CashMovesViewModel vm, Messages m) {
        Label state = Ui.label("", Styles.SUBTITLE);
        state.setId("drawerState");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            String expected = vm.expectedProperty().get() == null
                    ? m.get("cash.expected_blind")
                    : m.get("cash.expected", Formats.money(vm.expectedProperty().get()));
            return vm.dropDueProperty().get() ? expected + "   " + m.get("cash.drop_due") : expected;
        }, vm.expectedProperty(), vm.dropDueProperty()));
        ToggleGroup kinds = new ToggleGroup();
        FlowPane kindKeys = new FlowPane(8, 8);
        for (Kind k : CashMovesViewModel.KINDS) {
            ToggleButton b = toggle(m.get("cash.kind." + k.name()), "moveKind_" + k.name(), kinds);
            b.setUserData(k);
            kindKeys.getChildren().add(b);
        }
        follow(kinds, vm.kindProperty().get());
        vm.kindProperty().addListener((o, a, k) -> follow(kinds, k));
        kinds.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.kindProperty().set((Kind) t.getUserData());
            }
        });
        ToggleGroup reasons = new ToggleGroup();
        FlowPane reasonKeys = new FlowPane(8, 8);
        for (String r : CashMovesViewModel.REASONS) {
            ToggleButton b = toggle(m.get("cash.reason." + r), "moveReason_" + r, reasons);
            b.setUserData(r);
            reasonKeys.getChildren().add(b);
        }
        reasons.selectedToggleProperty().addListener((o, a, t) -> vm.reasonProperty().set(
                t == null ? null : (String) t.getUserData()));
        reasonKeys.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.kindProperty().get() != null && vm.kindProperty().get().needsReason(), vm.kindProperty()));
        reasonKeys.managedProperty().bind(reasonKeys.visibleProperty());
        amount.setId("moveAmount");
        amount.getStyleClass().add(Styles.FORM_FIELD);
        amount.setPromptText(m.get("shift.counted_prompt"));
        amount.textProperty().bindBidirectional(vm.amountProperty());
        TextField bag = new TextField();
        bag.setId("moveBag");
        bag.getStyleClass().add(Styles.FORM_FIELD);
        bag.setPromptText(m.get("cash.bag_prompt"));
        bag.textProperty().bindBidirectional(vm.bagNoProperty());
        bag.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.kindProperty().get() != null && vm.kindProperty().get().needsBag(), vm.kindProperty()));
        bag.managedProperty().bind(bag.visibleProperty());
        amount.setOnAction(e -> {
            if (bag.isVisible()) {
                bag.requestFocus();
            } else {
                vm.recordCommand().execute();
            }
        });
        bag.setOnAction(e -> vm.recordCommand().execute());
        Button record = Ui.key(m.get("cash.move_confirm"), "Ctrl+Enter", vm.recordCommand(), Styles.KEY_PRIMARY);
        record.setId("moveRecord");
        root.getChildren().addAll(state, Ui.message(vm.messageProperty(), m), kindKeys, reasonKeys,
                Ui.label(m.get("cash.amount"), Styles.TOTAL_LABEL), amount, bag, Ui.keyRow(record));
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add(Styles.QUICK_KEY);
        b.setMinSize(Ui.TOUCH * 2.5, Ui.TOUCH);
        b.setFocusTraversable(false);
        return b;
    }

    private static void follow(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst()
                .ifPresent(t -> group.selectToggle(t));
    }

    Node node() {
        return root;
    }

    Node focus() {
        return amount;
    }
}
