package dev.opentill.app;

import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.shell.TillApplication;
import javafx.application.Application;

/**
 * The till's main class. It must not extend {@code Application}: with JavaFX on the class path
 * the launcher would otherwise refuse to start.
 */
public final class Launcher {
    /** When the process started, for the start-to-login figure. */
    public static final long STARTED_NANOS = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        QuietLibraries.apply();
        TillOptions options = TillOptions.parse(args);
        TillApplication.prepare(() -> new TillComposition(options, new FxTaskRunner(), null, null));
        Application.launch(TillApplication.class, args);
    }
}
