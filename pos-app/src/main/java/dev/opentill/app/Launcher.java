package dev.opentill.app;

import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.shell.TillApplication;
import dev.opentill.app.ui.shell.TillOpening;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;

/**
 * The till's main class. It must not extend {@code Application}: with JavaFX on the class path
 * the launcher would otherwise refuse to start. A till that cannot open (its store locked, too new
 * or damaged, a wrong setting) is explained in a small window, and the process exits with 1.
 */
public final class Launcher {
    /** When the process started, for the start-to-login figure. */
    public static final long STARTED_NANOS = System.nanoTime();
    private static final System.Logger LOG = System.getLogger("till");

    private Launcher() {
    }

    public static void main(String[] args) {
        QuietLibraries.apply();
        TillOptions options = TillOptions.parse(args);
        int exit = start(options.locale(), () -> new TillComposition(options, new FxTaskRunner(), null, null),
                StartupFailure::show, opened -> {
                    TillApplication.prepare(() -> opened);
                    Application.launch(TillApplication.class, args);
                });
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * Opens the till and hands it to {@code launch}, or, when opening fails, has {@code explain}
     * show why (returning once its window is closed) and answers 1.
     */
    static int start(Locale locale, Supplier<TillOpening> open, Consumer<StartupFailure.Text> explain,
            Consumer<TillOpening> launch) {
        TillOpening opened;
        try {
            opened = open.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The till cannot start", e);
            explain.accept(StartupFailure.Text.of(locale, e));
            return 1;
        }
        launch.accept(opened);
        return 0;
    }
}
