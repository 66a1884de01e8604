package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The till's prompt when the drawer holds more than the drop threshold: a safe drop now, or later. */
public final class DropPromptDialog {
    private DropPromptDialog() {
    }

    /** Shows the prompt; {@code answer} hears true for "safe drop now", false for "later" (also on Esc). */
    public static void open(OverlayHost host, Messages m, Consumer<Boolean> answer) {
        Button now = Ui.key(m.get("cash.drop_now"), "Enter", Command.always(() -> {
            host.close();
            answer.accept(true);
        }), Styles.KEY_PRIMARY);
        now.setId("dropNow");
        now.setFocusTraversable(true);
        now.setDefaultButton(true);
        Button later = Ui.key(m.get("cash.drop_later"), "Esc", Command.always(() -> {
            host.close();
            answer.accept(false);
        }));
        later.setId("dropLater");
        Label what = Ui.label(m.get("cash.drop_prompt"), Styles.SUBTITLE);
        what.setWrapText(true);
        VBox box = new VBox(14, Ui.label(m.get("cash.drop_title"), Styles.TITLE), what, Ui.keyRow(later, now));
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        box.setMaxWidth(520);
        host.open(box, now);
    }
}
