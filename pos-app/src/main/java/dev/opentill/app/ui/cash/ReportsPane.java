package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The day's reports: a business date, its figures as they print, and the print key. */
final class ReportsPane {
    private final VBox root = new VBox(10);
    private final TextField date = new TextField();

    ReportsPane(ReportsViewModel vm, Messages m) {
        date.setId("reportDate");
        date.getStyleClass().add(Styles.FORM_FIELD);
        date.setPromptText(m.get("reports.date_prompt"));
        date.textProperty().bindBidirectional(vm.dateProperty());
        date.setOnAction(e -> vm.showCommand().execute());
        Button show = Ui.key(m.get("reports.show"), "Enter", vm.showCommand(), Styles.KEY_PRIMARY);
        show.setId("reportShow");
        HBox.setHgrow(date, Priority.ALWAYS);
        ListView<String> lines = new ListView<>(vm.lines());
        lines.setId("reportLines");
        lines.getStyleClass().add("shift-report");
        lines.setFocusTraversable(false);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button print = Ui.key(m.get("reports.print"), "", vm.printCommand());
        print.setId("reportPrint");
        root.getChildren().addAll(new HBox(10, date, show), Ui.message(vm.messageProperty(), m), lines,
                Ui.keyRow(print));
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    Node focus() {
        return date;
    }
}
