package dev.opentill.app.ui.override;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.common.UiText;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The manager-override dialog: what needs approval, then the manager's login code and PIN on the spot. */
public final class ApprovalDialog implements ApprovalPrompt {
    public static final String CODE_ID = "approverCode";
    public static final String PIN_ID = "approverPin";

    private final OverlayHost host;
    private final Messages m;

    public ApprovalDialog(OverlayHost host, Messages messages) {
        this.host = host;
        this.m = messages;
    }

    @Override
    public void ask(UiText action, Consumer<Approval> onApproved) {
        TextField code = new TextField();
        code.setId(CODE_ID);
        code.getStyleClass().add(Styles.FORM_FIELD);
        PasswordField pin = new PasswordField();
        pin.setId(PIN_ID);
        pin.getStyleClass().add(Styles.FORM_FIELD);
        Runnable ok = () -> {
            if (!code.getText().isBlank() && !pin.getText().isEmpty()) {
                Approval a = new Approval(code.getText().strip(), pin.getText());
                host.close();
                onApproved.accept(a);
            }
        };
        code.setOnAction(e -> pin.requestFocus());
        pin.setOnAction(e -> ok.run());
        Button approve = Ui.key(m.get("override.approve"), "Enter", Command.always(ok), Styles.KEY_PRIMARY);
        approve.setId("approve");
        Button cancel = Ui.key(m.get("dialog.cancel"), "Esc", Command.always(host::close));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.addRow(0, Ui.label(m.get("override.code"), Styles.TOTAL_LABEL), code);
        g.addRow(1, Ui.label(m.get("override.pin"), Styles.TOTAL_LABEL), pin);
        Label what = Ui.label(m.text(action), Styles.SUBTITLE);
        what.setWrapText(true);
        HBox buttons = Ui.keyRow(cancel, approve);
        VBox box = new VBox(14, Ui.label(m.get("override.title"), Styles.TITLE), what, g, buttons);
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        host.open(box, code);
    }
}
