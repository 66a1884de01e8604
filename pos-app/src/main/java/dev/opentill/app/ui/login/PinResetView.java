package dev.opentill.app.ui.login;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card over the login screen where a manager gives a person a new temporary PIN. */
public final class PinResetView {
    public static final String ID = "pinReset";

    private final PinResetViewModel vm;
    private final Messages m;
    private final VBox card;

    public PinResetView(PinResetViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        int row = 0;
        for (PinResetViewModel.Field f : PinResetViewModel.Field.values()) {
            fields.addRow(row++, Ui.label(m.get("pin_reset.field." + f.name().toLowerCase()), Styles.TOTAL_LABEL),
                    field(f));
        }
        Button ok = Ui.key(m.get("pin_reset.submit"), "Enter", vm.submitCommand(), Styles.KEY_PRIMARY);
        ok.setId("pinResetSubmit");
        Button cancel = Ui.key(m.get("pin_reset.cancel"), "Esc", vm.cancelCommand());
        cancel.setId("pinResetCancel");
        card = new VBox(12, Ui.label(m.get("pin_reset.title"), Styles.TITLE), fields,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), pad(), Ui.keyRow(ok, cancel));
        card.setId(ID);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(24));
        card.setMaxSize(440, Region.USE_PREF_SIZE);
        card.setAlignment(Pos.TOP_CENTER);
        card.visibleProperty().bind(vm.openProperty());
        card.managedProperty().bind(vm.openProperty());
    }

    public Node node() {
        return card;
    }

    private Label field(PinResetViewModel.Field which) {
        Label l = new Label();
        l.setId("pinReset" + which.name());
        l.getStyleClass().addAll(Styles.FORM_FIELD, Styles.PIN_DOTS);
        l.setPrefWidth(240);
        l.setMinHeight(Ui.TOUCH);
        l.textProperty().bind(vm.shownProperty(which));
        l.setOnMouseClicked(e -> vm.selectField(which));
        Runnable active = () -> l.pseudoClassStateChanged(Styles.OK, vm.fieldProperty().get() == which);
        vm.fieldProperty().addListener((o, a, b) -> active.run());
        active.run();
        return l;
    }

    private Node pad() {
        GridPane g = new GridPane();
        g.getStyleClass().add(Styles.PIN_PAD);
        g.setHgap(8);
        g.setVgap(8);
        for (int i = 0; i < 9; i++) {
            char d = (char) ('1' + i);
            g.add(key(String.valueOf(d), () -> vm.digit(d)), i % 3, i / 3);
        }
        g.add(key("0", () -> vm.digit('0')), 1, 3);
        g.add(key("⌫", vm::backspace), 2, 3);
        g.setAlignment(Pos.CENTER);
        return g;
    }

    private Button key(String text, Runnable action) {
        Button b = Ui.key(text, null, Command.always(action));
        b.setPrefSize(110, 56);
        return b;
    }

    /** Digits, Backspace, Enter and Escape while the card is open. */
    public boolean handleKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k.isDigitKey()) {
            String t = e.getText();
            if (t != null && t.length() == 1) {
                vm.digit(t.charAt(0));
            }
        } else if (k == KeyCode.BACK_SPACE) {
            vm.backspace();
        } else if (k == KeyCode.ENTER) {
            vm.submitCommand().execute();
        } else if (k == KeyCode.ESCAPE) {
            vm.cancelCommand().execute();
        } else {
            return false;
        }
        return true;
    }
}
