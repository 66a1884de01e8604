package dev.opentill.app.ui.login;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The login screen: store and terminal, login code and PIN on a large pad, language switch; the
 * step where a temporary PIN is replaced; and the manager's PIN reset (F3) over it.
 */
public final class LoginView {
    public static final String CODE_ID = "loginCode";
    public static final String PIN_ID = "loginPin";
    public static final String NEW_PIN_ID = "loginNewPin";
    public static final String CONFIRM_PIN_ID = "loginConfirmPin";

    private final LoginViewModel vm;
    private final Messages m;
    public static final String PROGRESS_ID = "loginProgress";
    private final StackPane root = new StackPane();
    private final PinResetView reset;

    public LoginView(LoginViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().addAll(Styles.SCREEN, "login-screen");
        VBox card = new VBox(14, header(), fields(), Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER),
                progress(),
                pad(), language());
        card.getStyleClass().add("login-card");
        card.setMaxSize(420, javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(24));
        card.setAlignment(Pos.TOP_CENTER);
        reset = new PinResetView(vm.pinReset(), messages);
        card.visibleProperty().bind(vm.pinReset().openProperty().not());
        root.getChildren().addAll(card, reset.node());
    }

    public Node node() {
        return root;
    }

    /** A spinner and "Signing in..." while the till checks the PIN and opens the cashier's session. */
    private Node progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        HBox row = new HBox(10, spinner, Ui.label(m.get("login.working"), Styles.SUBTITLE));
        row.setId(PROGRESS_ID);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.busyProperty());
        row.managedProperty().bind(vm.busyProperty());
        return row;
    }

    private Node header() {
        Label store = Ui.label(vm.storeName(), Styles.TITLE);
        Label terminal = Ui.label(m.get("login.terminal", vm.terminalCode()), Styles.SUBTITLE);
        Label title = Ui.label(m.get("login.title"), Styles.SUBTITLE);
        title.textProperty().bind(Bindings.when(vm.changingPinProperty()).then(m.get("login.choose_pin_title"))
                .otherwise(m.get("login.title")));
        return new VBox(4, store, terminal, title);
    }

    /** The code and PIN, or, while a temporary PIN is replaced, the new PIN twice. */
    private Node fields() {
        Node signIn = signInFields();
        Label fresh = field(NEW_PIN_ID, LoginViewModel.Field.NEW_PIN);
        fresh.textProperty().bind(vm.newPinMaskProperty());
        Label again = field(CONFIRM_PIN_ID, LoginViewModel.Field.CONFIRM_PIN);
        again.textProperty().bind(vm.confirmMaskProperty());
        GridPane choose = new GridPane();
        choose.setHgap(10);
        choose.setVgap(8);
        choose.addRow(0, Ui.label(m.get("login.new_pin"), Styles.TOTAL_LABEL), fresh);
        choose.addRow(1, Ui.label(m.get("login.confirm_pin"), Styles.TOTAL_LABEL), again);
        choose.visibleProperty().bind(vm.changingPinProperty());
        choose.managedProperty().bind(vm.changingPinProperty());
        signIn.visibleProperty().bind(vm.changingPinProperty().not());
        signIn.managedProperty().bind(vm.changingPinProperty().not());
        return new VBox(signIn, choose);
    }

    private Node signInFields() {
        Label code = field(CODE_ID, LoginViewModel.Field.CODE);
        code.textProperty().bind(vm.codeProperty());
        Label pin = field(PIN_ID, LoginViewModel.Field.PIN);
        pin.textProperty().bind(vm.pinMaskProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, Ui.label(m.get("login.code"), Styles.TOTAL_LABEL), code);
        g.addRow(1, Ui.label(m.get("login.pin"), Styles.TOTAL_LABEL), pin);
        return g;
    }

    private Label field(String id, LoginViewModel.Field which) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.FORM_FIELD, Styles.PIN_DOTS);
        l.setPrefWidth(260);
        l.setMinHeight(Ui.TOUCH);
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
        String digits = "123456789";
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            g.add(padKey(String.valueOf(d), () -> vm.digit(d)), i % 3, i / 3);
        }
        g.add(padKey(m.get("login.clear"), vm::clear), 0, 3);
        g.add(padKey("0", () -> vm.digit('0')), 1, 3);
        g.add(padKey("⌫", vm::backspace), 2, 3);
        Button enter = Ui.key(m.get("login.enter"), "Enter", vm.submitCommand(), Styles.KEY_PRIMARY);
        enter.setId("loginEnter");
        enter.setPrefHeight(64);
        g.add(enter, 0, 4, 3, 1);
        g.setAlignment(Pos.CENTER);
        return g;
    }

    private Button padKey(String text, Runnable action) {
        Button b = Ui.key(text, null, Command.always(action));
        b.setPrefSize(120, 64);
        return b;
    }

    private Node language() {
        Button b = Ui.key(m.get("login.language"), "F2", vm.switchLanguageCommand());
        b.setId("languageSwitch");
        b.setPrefHeight(56);
        b.setMaxHeight(56);
        Button r = Ui.key(m.get("pin_reset.open"), "F3", vm.pinReset().openCommand());
        r.setId("pinResetOpen");
        r.setPrefHeight(56);
        r.setMaxHeight(56);
        return Ui.keyRow(b, r);
    }

    /** Digits, Backspace, Enter and F2 (language) from the keyboard. */
    public boolean handleKey(KeyEvent e) {
        if (vm.pinReset().openProperty().get()) {
            return reset.handleKey(e);
        }
        KeyCode k = e.getCode();
        if (k.ordinal() >= KeyCode.DIGIT0.ordinal() && k.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            vm.digit((char) ('0' + k.ordinal() - KeyCode.DIGIT0.ordinal()));
        } else if (k.ordinal() >= KeyCode.NUMPAD0.ordinal() && k.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            vm.digit((char) ('0' + k.ordinal() - KeyCode.NUMPAD0.ordinal()));
        } else if (k == KeyCode.BACK_SPACE) {
            vm.backspace();
        } else if (k == KeyCode.ENTER) {
            vm.submitCommand().execute();
        } else if (k == KeyCode.ESCAPE) {
            vm.clear();
        } else if (k == KeyCode.F2) {
            vm.switchLanguageCommand().execute();
        } else if (k == KeyCode.F3) {
            vm.pinReset().openCommand().execute();
        } else {
            return false;
        }
        return true;
    }
}
