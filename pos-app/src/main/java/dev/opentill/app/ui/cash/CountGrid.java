package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A count sheet on screen: one field per note and coin (ids {@code <prefix>Count0..n}, largest
 * first), Enter moving to the next, and the total counted ({@code <prefix>CountTotal}).
 */
final class CountGrid {
    private CountGrid() {
    }

    static GridPane of(CountSheet sheet, Messages m, String prefix) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        List<CountSheet.Row> rows = sheet.rows();
        TextField[] fields = new TextField[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CountSheet.Row row = rows.get(i);
            TextField f = new TextField();
            f.setId(prefix + "Count" + i);
            f.getStyleClass().add(Styles.FORM_FIELD);
            f.setPrefColumnCount(6);
            f.setPromptText("0");
            f.textProperty().bindBidirectional(row.typed());
            fields[i] = f;
            g.addRow(i, Ui.label(m.text(row.label()), Styles.TOTAL_LABEL), f);
        }
        for (int i = 0; i + 1 < fields.length; i++) {
            TextField next = fields[i + 1];
            fields[i].setOnAction(e -> next.requestFocus());
        }
        Label total = Ui.label("", Styles.TOTAL_AMOUNT);
        total.setId(prefix + "CountTotal");
        total.textProperty().bind(Bindings.createStringBinding(() -> sheet.totalProperty().get() == null
                ? m.get("cash.count_invalid")
                : m.get("cash.count_total", Formats.money(sheet.totalProperty().get())), sheet.totalProperty()));
        g.addRow(rows.size(), Ui.label(m.get("cash.counted"), Styles.TOTAL_LABEL), total);
        return g;
    }

    /** The first field, to focus when the count starts. */
    static TextField first(GridPane grid) {
        return (TextField) grid.getChildren().get(1);
    }
}
