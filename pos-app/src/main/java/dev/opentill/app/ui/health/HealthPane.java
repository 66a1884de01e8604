package dev.opentill.app.ui.health;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.health.HealthItem.Level;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The health screen's content: the check key, the verdict and one line per finding, marked by level. */
public final class HealthPane {
    private final VBox root = new VBox(10);
    private final Button check;

    public HealthPane(HealthViewModel vm, Messages m) {
        check = Ui.key(m.get("health.check"), "", vm.checkCommand(), Styles.KEY_PRIMARY);
        check.setId("healthCheck");
        var verdict = Ui.message(vm.verdictProperty(), m);
        verdict.setId("healthVerdict");
        ListView<HealthViewModel.Row> rows = new ListView<>(vm.rows());
        rows.setId("healthFindings");
        rows.setFocusTraversable(false);
        rows.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HealthViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null
                        ? null
                        : m.get("health.level." + r.level().name()) + "  " + m.text(r.text()));
                pseudoClassStateChanged(Styles.ERROR, !empty && r != null && r.level() == Level.FAIL);
                pseudoClassStateChanged(Styles.WARNING, !empty && r != null && r.level() == Level.WARN);
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        root.getChildren().addAll(Ui.keyRow(check), verdict, rows);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    public Node focus() {
        return check;
    }
}
