package dev.opentill.installer;

import dev.opentill.app.devices.DeviceProbes;
import dev.opentill.app.health.HealthCheck;
import dev.opentill.core.health.HealthItem;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code installer health}: every finding on its own line, then a verdict; exit 1 when anything failed. */
final class HealthCommand {
    private final Path data;
    private final Texts text;

    HealthCommand(Path data, Texts text) {
        this.data = data;
        this.text = text;
    }

    int run() {
        List<HealthItem> items;
        try (TillStore store = TillStore.open(data.resolve("till"))) {
            Duration timeout = Duration.ofSeconds(3);
            items = new HealthCheck(Clock.systemUTC(), timeout, new DeviceProbes(timeout)::probe).run(store);
        }
        int failed = 0;
        for (HealthItem i : items) {
            text.println(text.get("health.level." + i.level().name()) + "  " + text.get(i.messageKey(),
                    i.args().toArray()));
            if (i.level() == HealthItem.Level.FAIL) {
                failed++;
            }
        }
        return failed == 0
                ? text.say(ExitCode.OK, "health.healthy")
                : text.say(ExitCode.REFUSED, "health.unhealthy", failed);
    }
}
