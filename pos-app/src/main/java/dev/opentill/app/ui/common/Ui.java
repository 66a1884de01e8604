package dev.opentill.app.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders the views share: command buttons that show their shortcut, labels bound to messages. */
public final class Ui {
    /** Touch targets are at least this tall and wide, in pixels. */
    public static final double TOUCH = 48;

    private Ui() {
    }

    /**
     * A button for {@code command} with its shortcut shown under the text (e.g. "Pay" / "F12").
     * Buttons never take the focus, so the scan field stays ready.
     */
    public static Button key(String text, String shortcut, Command command, String... styles) {
        Button b = new Button();
        Label main = new Label(text);
        main.getStyleClass().add("key-text");
        main.setWrapText(true);
        main.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(main);
        box.setAlignment(Pos.CENTER);
        if (shortcut != null && !shortcut.isEmpty()) {
            Label hint = new Label(shortcut);
            hint.getStyleClass().add("key-hint");
            box.getChildren().add(hint);
        }
        b.setGraphic(box);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(text + (shortcut == null ? "" : " (" + shortcut + ")"));
        b.getStyleClass().add(Styles.KEY);
        b.getStyleClass().addAll(styles);
        b.setMinSize(TOUCH, TOUCH);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setFocusTraversable(false);
        if (command != null) {
            b.disableProperty().bind(command.executableProperty().not());
            b.setOnAction(e -> command.execute());
        }
        return b;
    }

    /** A key whose text follows {@code text} (e.g. PAY that becomes HAND OVER for an order paid online). */
    public static Button key(ObservableValue<String> text, String shortcut, Command command, String... styles) {
        Button b = key(text.getValue(), shortcut, command, styles);
        Label main = (Label) ((VBox) b.getGraphic()).getChildren().get(0);
        main.textProperty().bind(text);
        b.accessibleTextProperty().bind(Bindings.concat(text, shortcut == null ? "" : " (" + shortcut + ")"));
        return b;
    }

    /** Height of a dialog's row of keys: a touch target, never stretched by the dialog's content. */
    public static final double DIALOG_KEY_HEIGHT = 56;

    /** A dialog's row of keys sharing its width, each one {@link #DIALOG_KEY_HEIGHT} tall. */
    public static HBox keyRow(Button... keys) {
        HBox row = new HBox(10, keys);
        row.setFillHeight(false);
        for (Button k : keys) {
            k.setMinHeight(DIALOG_KEY_HEIGHT);
            k.setPrefHeight(DIALOG_KEY_HEIGHT);
            k.setMaxHeight(DIALOG_KEY_HEIGHT);
            HBox.setHgrow(k, Priority.ALWAYS);
        }
        return row;
    }

    /** A label showing a view-model message, hidden while there is none. */
    public static Label message(ObservableValue<UiText> text, Messages messages, String... styles) {
        Label l = new Label();
        l.getStyleClass().add(Styles.MESSAGE);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            UiText t = text.getValue();
            l.setText(messages.text(t));
            l.setVisible(t != null);
            l.setManaged(t != null);
        };
        text.addListener((o, a, b) -> update.run());
        update.run();
        return l;
    }

    public static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    public static Region grow() {
        Region r = new Region();
        VBox.setVgrow(r, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
