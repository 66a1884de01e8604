package dev.opentill.app.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.receipt.ReceiptPreviewWindow;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. The Launcher starts opening the till ({@link #prepare}) while the FX
 * toolkit starts, and {@link #init()} waits for it off the FX thread. Tests pass ready-made
 * {@link TillParts} instead.
 */
public class TillApplication extends Application {
    private static volatile CompletableFuture<TillOpening> opening;

    private final TillParts given;
    private TillOpening composition;
    private MainWindow window;
    /** The demo printer's paper on screen; null unless the devices offer previews. */
    private ReceiptPreviewWindow preview;

    public TillApplication() {
        this.given = null;
    }

    public TillApplication(TillParts parts) {
        this.given = parts;
    }

    /** Starts opening the store, devices and services on a background thread. */
    public static void prepare(Supplier<TillOpening> open) {
        opening = CompletableFuture.supplyAsync(open,
                runnable -> {
                    Thread t = new Thread(runnable, "till-open");
                    t.setDaemon(true);
                    t.start();
                });
    }

    @Override
    public void init() {
        if (given == null) {
            if (opening == null) {
                throw new IllegalStateException("Start the till through its Launcher");
            }
            composition = opening.join();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TillParts parts = given != null ? given : composition.parts();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1920, Math.max(1024, screen.getWidth()));
        double h = Math.min(1080, Math.max(768, screen.getHeight()));
        window = new MainWindow(parts, w, h);
        stage.setTitle("OpenTill");
        stage.setScene(window.scene());
        stage.setMinWidth(1024);
        stage.setMinHeight(768);
        stage.show();
        if (parts.devices().previews() != null) {
            preview = new ReceiptPreviewWindow(stage, parts.devices().previews(), new Messages(parts.initialLocale()));
        }
    }

    public MainWindow window() {
        return window;
    }

    /** The till opened by {@link #prepare}, or null when the parts were given. */
    public TillOpening composition() {
        return composition;
    }

    @Override
    public void stop() {
        if (composition != null) {
            if (composition.parts().runner() instanceof FxTaskRunner r) {
                r.close();
            }
            composition.close();
        }
    }
}
