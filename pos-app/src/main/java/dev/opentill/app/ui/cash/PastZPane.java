package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.cash.ZReport;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Past Z reports: a date or number to find, the reports found, the one selected as closed, reprint. */
final class PastZPane {
    private final VBox root = new VBox(10);
    private final TextField query = new TextField();

    PastZPane(PastZViewModel vm, Messages m) {
        query.setId("zQuery");
        query.getStyleClass().add(Styles.FORM_FIELD);
        query.setPromptText(m.get("cash.z_query_prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.findCommand().execute());
        Button find = Ui.key(m.get("cash.z_find"), "Enter", vm.findCommand(), Styles.KEY_PRIMARY);
        find.setId("zFind");
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox search = new HBox(10, query, find);
        ListView<ZReport> found = new ListView<>(vm.found());
        found.setId("zFound");
        found.setPrefHeight(140);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ZReport z, boolean empty) {
                super.updateItem(z, empty);
                setText(empty || z == null
                        ? null
                        : m.get("cash.z_found", z.header().zNumber(),
                                z.header().businessDate().toString(), z.header().terminalCode(),
                                Formats.money(z.sales().net())));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((o, a, z) -> {
            if (z != null) {
                vm.selectedProperty().set(z);
            }
        });
        vm.selectedProperty().addListener((o, a, z) -> found.getSelectionModel().select(z));
        ListView<String> lines = new ListView<>(vm.lines());
        lines.setId("zReportLines");
        lines.getStyleClass().add("shift-report");
        lines.setFocusTraversable(false);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button reprint = Ui.key(m.get("cash.z_reprint"), "", vm.reprintCommand());
        reprint.setId("zReprint");
        root.getChildren().addAll(search, Ui.message(vm.messageProperty(), m), found, lines, Ui.keyRow(reprint));
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    Node focus() {
        return query;
    }
}
