package dev.opentill.app;

import dev.opentill.app.store.SettingException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The small window shown when the till cannot open (a store that is locked, too new, damaged or
 * unreadable, a wrong setting): what went wrong and what to do, in the till's language. Closing it
 * ends the process; the Launcher then exits non-zero.
 */
public final class StartupFailure extends Application {
    private static volatile Text shown;

    /** What the window says: a heading, the failure's own message and what to do. */
    public record Text(String title, String heading, String reason, String advice, String close) {
        public static Text of(Locale locale, RuntimeException failure) {
            ResourceBundle b = ResourceBundle.getBundle("dev.opentill.app.i18n.messages", locale);
            String reason = failure instanceof SettingException s
                    ? s.message(locale)
                    : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return new Text(b.getString("startup.failed.title"), b.getString("startup.failed.heading"), reason,
                    b.getString("startup.failed.advice"), b.getString("startup.failed.close"));
        }
    }

    /** Shows {@code text} and returns when the window is closed. */
    public static void show(Text text) {
        shown = text;
        Application.launch(StartupFailure.class);
    }

    @Override
    public void start(Stage stage) {
        Text t = shown;
        Label heading = new Label(t.heading());
        heading.getStyleClass().add("title-3");
        Label reason = new Label(t.reason());
        reason.setWrapText(true);
        Label advice = new Label(t.advice());
        advice.setWrapText(true);
        Button close = new Button(t.close());
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(12, heading, reason, advice, close);
        box.setPadding(new Insets(24));
        box.setPrefWidth(520);
        stage.setTitle(t.title());
        stage.setScene(new Scene(box));
        stage.show();
    }
}
