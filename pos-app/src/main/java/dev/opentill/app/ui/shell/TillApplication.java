package dev.opentill.app.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.receipt.ReceiptPreviewWindow;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import dev.opentill.app.ui.setup.SetupParts;
import dev.opentill.app.ui.setup.SetupWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. The Launcher starts opening the till ({@link #prepare}) while the FX
 * toolkit starts, and {@link #init()} waits for it off the FX thread. Tests pass ready-made
 * {@link TillParts} instead.
 */
public class TillApplication extends Application {
    private static volatile CompletableFuture<TillOpening> opening;
    private static volatile Supplier<TillOpening> opener;

    private final TillParts given;
    private volatile TillOpening composition;
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
        opener = open;
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
        stage.setTitle("OpenTill");
        stage.setMinWidth(1024);
        stage.setMinHeight(768);
        SetupParts setup = given == null ? composition.setupParts() : null;
        if (setup != null) {
            stage.setScene(new SetupWindow(setup, width(), height(), () -> reopen(stage)).scene());
        } else {
            showTill(stage);
        }
        stage.show();
    }

    private void showTill(Stage stage) {
        TillParts parts = given != null ? given : composition.parts();
        window = new MainWindow(parts, width(), height());
        stage.setScene(window.scene());
        if (parts.devices().previews() != null && preview == null) {
            preview = new ReceiptPreviewWindow(stage, parts.devices().previews(), new Messages(parts.initialLocale()));
        }
    }

    /** After the setup: the till is opened again, now with its enrollment, devices and sync agent. */
    private void reopen(Stage stage) {
        TillOpening finished = composition;
        composition = null; // closed below; stop() must not close it twice
        CompletableFuture.supplyAsync(() -> {
            closeComposition(finished);
            return opener.get();
        }, runnable -> {
            Thread t = new Thread(runnable, "till-reopen");
            t.setDaemon(true);
            t.start();
        }).whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                // The setup is stored; the service manager starts the till again, which then opens normally.
                System.getLogger("till").log(System.Logger.Level.ERROR, "The till did not open after its setup",
                        failure);
                Platform.exit();
                return;
            }
            composition = opened;
            showTill(stage);
        }));
    }

    private static double width() {
        return Math.min(1920, Math.max(1024, Screen.getPrimary().getVisualBounds().getWidth()));
    }

    private static double height() {
        return Math.min(1080, Math.max(768, Screen.getPrimary().getVisualBounds().getHeight()));
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
        closeComposition(composition);
    }

    private static void closeComposition(TillOpening opened) {
        if (opened != null) {
            if (opened.parts().runner() instanceof FxTaskRunner r) {
                r.close();
            }
            opened.close();
        }
    }
}
