package dev.opentill.app.ui.devices;

import java.util.function.Consumer;

/** Reports device state changes (paper out, drawer open); listeners may be called on any thread. */
public interface DeviceStatusSource {
    DeviceState current();

    void onChange(Consumer<DeviceState> listener);
}
