package dev.opentill.app.ui.setup;

import dev.opentill.app.setup.Setup;
import dev.opentill.app.ui.common.TaskRunner;
import java.util.Locale;

/** What the setup wizard is built from: the setup service, the device bench, the task runner and the first language. */
public record SetupParts(Setup setup, DeviceBench bench, TaskRunner runner, Locale locale) {
}
