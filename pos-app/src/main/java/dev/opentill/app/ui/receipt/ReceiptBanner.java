package dev.opentill.app.ui.receipt;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** "Receipt ... not printed - reprint": stays in view while a receipt is waiting for the printer. */
public final class ReceiptBanner {
    public static final String ID = "receiptNotPrinted";

    private ReceiptBanner() {
    }

    public static Node of(ReceiptDesk desk, Messages m) {
        Label text = new Label();
        text.setWrapText(true);
        desk.unprintedProperty().addListener((o, a, r) -> text.setText(r == null
                ? ""
                : m.get("receipt.not_printed",
                        r.receiptNumber())));
        Button reprint = Ui.key(m.get("receipt.reprint"), "Ctrl+R", desk.retryCommand(), Styles.KEY_PRIMARY);
        reprint.setId("reprintButton");
        reprint.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(12, text, Ui.grow(), reprint);
        box.setId(ID);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.ALERT_BANNER);
        box.pseudoClassStateChanged(Styles.ERROR, true);
        box.visibleProperty().bind(desk.unprintedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
