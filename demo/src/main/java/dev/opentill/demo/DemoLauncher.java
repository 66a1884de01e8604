package dev.opentill.demo;

import dev.opentill.app.TillOptions;
import dev.opentill.app.ui.common.FxTaskRunner;
import dev.opentill.app.ui.shell.TillApplication;
import javafx.application.Application;

/** {@code ./till}'s main class: the demo till (see {@link DemoTill}) in a window. */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        TillOptions options = TillOptions.parse(args);
        TillApplication.prepare(() -> DemoTill.open(options, new FxTaskRunner()));
        Application.launch(TillApplication.class, args);
    }
}
