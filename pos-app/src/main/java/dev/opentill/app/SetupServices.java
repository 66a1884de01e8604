package dev.opentill.app;

import dev.opentill.app.devices.DeviceConfigs;
import dev.opentill.app.setup.CatalogSync;
import dev.opentill.app.setup.TillSetup;
import dev.opentill.app.store.DeviceConfigRepository;
import dev.opentill.app.store.SetupRepository;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Clock;

/** Wires the one setup service over an open store, for the till's wizard and {@code installer setup} alike. */
public final class SetupServices {
    private SetupServices() {
    }

    public static TillSetup open(TillStore store, Clock clock) {
        return new TillSetup(new SetupRepository(store, clock), new DeviceConfigRepository(store, clock),
                (setting, printerModel) -> {
                    try {
                        DeviceConfigs.check(setting, printerModel);
                    } catch (DeviceConfigException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }, CatalogSync.over(store));
    }
}
