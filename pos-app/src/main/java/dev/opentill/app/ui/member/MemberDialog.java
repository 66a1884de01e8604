package dev.opentill.app.ui.member;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.member.MemberInfo;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Scan the member card or type the phone number. Once the member is on the ticket the dialog
 * shows their name, tier and points until the cashier closes it (Enter or Esc).
 */
public final class MemberDialog {
    public static final String INFO_ID = "memberInfo";

    private MemberDialog() {
    }

    public static void open(OverlayHost host, MemberViewModel vm, Messages m) {
        TextField input = new TextField();
        input.setId("memberInput");
        input.getStyleClass().add(Styles.SCAN_INPUT);
        input.setPromptText(m.get("member.prompt"));
        input.textProperty().bindBidirectional(vm.cardOrPhoneProperty());
        // Enter on an empty field after attaching closes; with a card typed it attaches (another member).
        input.setOnAction(e -> {
            if (vm.attachCommand().isExecutable()) {
                vm.attachCommand().execute();
            } else if (vm.attachedProperty().get()) {
                host.close();
            }
        });
        Label info = Ui.label("", Styles.TITLE);
        info.setId(INFO_ID);
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> infoText(vm.memberProperty().get(), m),
                vm.memberProperty()));
        info.visibleProperty().bind(vm.memberProperty().isNotNull());
        info.managedProperty().bind(info.visibleProperty());
        Button ok = Ui.key(m.get("member.attach"), "Enter", vm.attachCommand(), Styles.KEY_PRIMARY);
        Button close = Ui.key(m.get("dialog.close"), "Esc", Command.always(host::close));
        VBox box = new VBox(12, Ui.label(m.get("member.title"), Styles.TITLE), input,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), info, Ui.keyRow(ok, close));
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        box.setPrefWidth(520);
        host.open(box, input);
    }

    private static String infoText(MemberInfo i, Messages m) {
        return i == null ? "" : m.get("member.info", i.name(), i.tier(), i.points(), i.cardNo());
    }
}
