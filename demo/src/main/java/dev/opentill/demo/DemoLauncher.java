package dev.opentill.demo;

import dev.opentill.app.Launcher;
import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.shell.TillApplication;
import javafx.application.Application;

/**
 * {@code ./till}'s main class: the demo till (see {@link DemoTill}) in a window, or, on the data
 * folder of a till that is not the demo's ({@link DemoTill#isOtherTill}), that till as installed.
 */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        TillOptions options = TillOptions.parse(args);
        if (DemoTill.isOtherTill(options.dataDir())) {
            Launcher.main(args);
            return;
        }
        TillApplication.prepare(() -> DemoTill.open(options, new FxTaskRunner()));
        Application.launch(TillApplication.class, args);
    }
}
