package dev.opentill.app.ui.production;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The call-number display for a customer-facing monitor: two large columns, the numbers being
 * made and the numbers ready, titled in Chinese and English at once (customers read either). It
 * opens on the second screen when there is one.
 */
public final class CallNumberWindow {
    public static final String MAKING_ID = "callMaking";
    public static final String READY_ID = "callReady";

    private final Stage stage = new Stage();

    public CallNumberWindow(CallNumberViewModel vm) {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        Messages en = new Messages(Locale.ENGLISH);
        HBox columns = new HBox(24, column(zh, en, "callscreen.making", vm.making(), MAKING_ID),
                column(zh, en, "callscreen.ready", vm.ready(), READY_ID));
        columns.getStyleClass().addAll(Styles.ROOT, "call-screen");
        columns.setPadding(new Insets(24));
        Scene scene = new Scene(columns, 1024, 600);
        scene.getStylesheets().add(CallNumberWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(zh.get("callscreen.title") + " / " + en.get("callscreen.title"));
        var screens = Screen.getScreens();
        if (screens.size() > 1) {
            var b = screens.get(1).getVisualBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
        }
        vm.refresh();
    }

    private static VBox column(Messages zh, Messages en, String key, ObservableList<String> numbers, String id) {
        ListView<String> list = new ListView<>(numbers);
        list.setId(id);
        list.getStyleClass().add("call-numbers");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty ? null : n);
            }
        });
        VBox box = new VBox(12, Ui.label(zh.get(key), Styles.TITLE, "call-title"),
                Ui.label(en.get(key), Styles.SUBTITLE, "call-title"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Shows the window, or brings it forward when it is already showing. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
