package dev.opentill.app.ui.member;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Scan the member card or type the phone number; closes once the member is on the ticket. */
public final class MemberDialog {
    private MemberDialog() {
    }

    public static void open(OverlayHost host, MemberViewModel vm, Messages m) {
        TextField input = new TextField();
        input.setId("memberInput");
        input.getStyleClass().add(Styles.SCAN_INPUT);
        input.setPromptText(m.get("member.prompt"));
        input.textProperty().bindBidirectional(vm.cardOrPhoneProperty());
        Command attach = new Command(vm.attachCommand().executableProperty(), () -> {
            vm.attachCommand().execute();
            if (vm.attachedProperty().get()) {
                host.close();
            }
        });
        input.setOnAction(e -> attach.execute());
        javafx.beans.value.ChangeListener<Boolean> closeWhenAttached = (o, a, b) -> {
            if (b && host.isOpen()) {
                host.close();
            }
        };
        Button ok = Ui.key(m.get("member.attach"), "Enter", attach, Styles.KEY_PRIMARY);
        Button close = Ui.key(m.get("dialog.close"), "Esc", Command.always(host::close));
        VBox box = new VBox(12, Ui.label(m.get("member.title"), Styles.TITLE), input,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), new HBox(10, ok, close));
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        box.setPrefWidth(520);
        // The view-model outlives the dialog: listen weakly, held only as long as this dialog's node.
        box.getProperties().put("closeWhenAttached", closeWhenAttached);
        vm.attachedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(closeWhenAttached));
        host.open(box, input);
    }
}
