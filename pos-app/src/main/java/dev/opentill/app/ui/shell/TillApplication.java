package dev.opentill.app.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.opentill.app.TillComposition;
import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the till in {@link #init()} (off the FX thread, the store may take
 * a moment) and shows the main window. Tests pass ready-made {@link TillParts} instead.
 */
public class TillApplication extends Application {
    /** Set by the Launcher before {@code launch}. */
    public static volatile TillOptions options;

    private final TillParts given;
    private final FxTaskRunner runner = new FxTaskRunner();
    private TillComposition composition;
    private MainWindow window;

    public TillApplication() {
        this.given = null;
    }

    public TillApplication(TillParts parts) {
        this.given = parts;
    }

    @Override
    public void init() {
        if (given == null) {
            TillOptions o = options != null ? options : TillOptions.parse(getParameters().getRaw().toArray(String[]::new));
            composition = new TillComposition(o, runner, null, null);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TillParts parts = given != null ? given : composition.parts;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1920, Math.max(1024, screen.getWidth()));
        double h = Math.min(1080, Math.max(768, screen.getHeight()));
        window = new MainWindow(parts, w, h);
        stage.setTitle("OpenTill");
        stage.setScene(window.scene());
        stage.setMinWidth(1024);
        stage.setMinHeight(768);
        stage.show();
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        runner.close();
        if (composition != null) {
            composition.close();
        }
    }
}
