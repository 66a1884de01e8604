package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One ticket line: name above, quantity x price and discount below, the amount on the right. */
final class LineCell extends ListCell<LineRow> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label amount = new Label();
    private final GridPane box = new GridPane();
    private final String promotionLabel;

    LineCell(String promotionLabel) {
        this.promotionLabel = promotionLabel;
        getStyleClass().add(Styles.TICKET_LINE);
        name.getStyleClass().add("line-name");
        detail.getStyleClass().add("line-detail");
        amount.getStyleClass().add("line-amount");
        VBox left = new VBox(name, detail);
        box.add(left, 0, 0);
        box.add(amount, 1, 0);
        GridPane.setHgrow(left, Priority.ALWAYS);
        GridPane.setHalignment(amount, javafx.geometry.HPos.RIGHT);
        amount.setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(LineRow row, boolean empty) {
        super.updateItem(row, empty);
        pseudoClassStateChanged(Styles.VOIDED, !empty && row != null && row.voided());
        pseudoClassStateChanged(Styles.RETURN, !empty && row != null && row.refund());
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        name.setText(row.options() == null || row.options().isEmpty()
                ? row.name()
                : row.name() + " (" + row.options() + ")");
        String d = row.quantity() + " × " + Formats.money(row.price()) + (row.priceOverridden() ? " *" : "");
        if (row.discount().isPositive()) {
            d += "   −" + Formats.money(row.discount()) + (row.promotion()
                    ? " " + (row.promotionName() == null ? promotionLabel : row.promotionName())
                    : "");
        }
        detail.setText(d);
        amount.setText(Formats.money(row.amount()));
        setGraphic(box);
    }
}
