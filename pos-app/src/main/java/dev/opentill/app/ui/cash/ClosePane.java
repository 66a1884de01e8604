package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.cash.CloseViewModel.Step;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.cash.TenderTaken;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The close in three steps on one pane: the offline review (with the confirmation when anything is
 * pending), the count (the expected cash shown only when counts are not blind), then the Z.
 */
final class ClosePane {
    private final VBox root = new VBox(10);
    private final ListView<UiText> review;
    private final GridPane grid;

    ClosePane(CloseViewModel vm, Messages m) {
        review = new ListView<>(vm.reviewLines());
        review.setId("closeReview");
        review.setFocusTraversable(false);
        review.setPrefHeight(180);
        review.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(UiText t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : m.text(t));
            }
        });
        CheckBox confirm = new CheckBox(m.get("cash.review.confirm"));
        confirm.setId("closeConfirmPending");
        confirm.setWrapText(true);
        confirm.selectedProperty().bindBidirectional(vm.pendingConfirmedProperty());
        confirm.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.reviewProperty().get() != null
                && vm.reviewProperty().get().anythingPending(), vm.reviewProperty()));
        confirm.managedProperty().bind(confirm.visibleProperty());
        Button toCount = Ui.key(m.get("cash.review.to_count"), "", vm.toCountCommand(), Styles.KEY_PRIMARY);
        toCount.setId("closeToCount");
        VBox reviewStep = new VBox(10, Ui.label(m.get("cash.review.title"), Styles.SUBTITLE), review, confirm);
        if (vm.sync().available()) {
            Button syncNow = Ui.key(m.get("cash.sync.key"), "", vm.sync().command());
            syncNow.setId("closeSyncNow");
            Label progress = Ui.message(vm.sync().progressProperty(), m);
            progress.setId("closeSyncProgress");
            reviewStep.getChildren().addAll(progress, Ui.keyRow(syncNow, toCount));
        } else {
            reviewStep.getChildren().add(Ui.keyRow(toCount));
        }
        show(reviewStep, vm, Step.REVIEW);

        grid = CountGrid.of(vm.sheet(), m, "close");
        Label expected = Ui.label("", Styles.SUBTITLE);
        expected.setId("closeExpected");
        expected.textProperty().bind(Bindings.createStringBinding(() -> vm.expectedProperty().get() == null
                ? m.get("cash.expected_blind")
                : m.get("cash.expected", Formats.money(vm.expectedProperty().get())), vm.expectedProperty()));
        TextField reason = new TextField();
        reason.setId("varianceReason");
        reason.getStyleClass().add(Styles.FORM_FIELD);
        reason.setPromptText(m.get("cash.variance_reason_prompt"));
        reason.textProperty().bindBidirectional(vm.varianceReasonProperty());
        reason.visibleProperty().bind(vm.reasonNeededProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setOnAction(e -> vm.closeCommand().execute());
        Button close = Ui.key(m.get("journal.close_shift"), "Ctrl+Enter", vm.closeCommand(), Styles.KEY_DANGER);
        close.setId("closeShiftConfirm");
        GridPane others = new GridPane();
        others.setId("closeDeclared");
        others.setHgap(12);
        others.setVgap(6);
        vm.declared().rows().addListener((ListChangeListener<DeclaredTenders.Row>) c -> declarations(others, vm, m));
        VBox countStep = new VBox(10, expected, grid, others, reason, Ui.keyRow(close));
        show(countStep, vm, Step.COUNT);

        ListView<String> z = new ListView<>(vm.zLines());
        z.setId("closeZLines");
        z.getStyleClass().add("shift-report");
        z.setFocusTraversable(false);
        VBox.setVgrow(z, Priority.ALWAYS);
        Button printZ = Ui.key(m.get("cash.print_z"), "", vm.printZCommand());
        printZ.setId("printZ");
        printZ.visibleProperty().bind(vm.zUnprintedProperty());
        printZ.managedProperty().bind(printZ.visibleProperty());
        VBox doneStep = new VBox(10, z, printZ);
        VBox.setVgrow(doneStep, Priority.ALWAYS);
        show(doneStep, vm, Step.DONE);
        root.getChildren().add(0, Ui.message(vm.messageProperty(), m));
        root.getChildren().addAll(reviewStep, countStep, doneStep);
        vm.stepProperty().addListener((o, a, s) -> {
            if (s == Step.COUNT) {
                CountGrid.first(grid).requestFocus();
            }
        });
    }

    /** One row per tender other than cash: its name, what the till took (unless blind) and a field. */
    private static void declarations(GridPane others, CloseViewModel vm, Messages m) {
        others.getChildren().clear();
        int row = 0;
        for (DeclaredTenders.Row r : vm.declared().rows()) {
            TenderTaken t = r.taken();
            Label name = Ui.label(m.get("tender.type." + t.tender()), Styles.SUBTITLE);
            Label taken = Ui.label(t.total() == null
                    ? m.get("cash.declared_taken_blind", t.taken(), t.withReference())
                    : m.get("cash.declared_taken", t.taken(), t.withReference(), Formats.money(t.total())));
            taken.setId("taken_" + t.tender());
            TextField field = new TextField(r.typed().get());
            field.setId("declare_" + t.tender());
            field.getStyleClass().add(Styles.FORM_FIELD);
            field.setPromptText(m.get("cash.declared_prompt"));
            field.textProperty().bindBidirectional(r.typed());
            others.addRow(row++, name, taken, field);
        }
    }

    private static void show(Node step, CloseViewModel vm, Step when) {
        step.visibleProperty().bind(vm.stepProperty().isEqualTo(when));
        step.managedProperty().bind(step.visibleProperty());
    }

    Node node() {
        return root;
    }

    Node focus() {
        return review;
    }
}
