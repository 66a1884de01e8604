package dev.opentill.peripherals.transport;

import dev.opentill.peripherals.Device;
import dev.opentill.peripherals.DeviceStatus;
import java.util.function.Consumer;

/** A device whose status lives in a {@link StatusHub}: the status half of {@link Device}, written once. */
public abstract class HubDevice implements Device {
    protected final StatusHub hub;

    protected HubDevice(StatusHub hub) {
        this.hub = hub;
    }

    @Override
    public final DeviceStatus status() {
        return hub.current();
    }

    @Override
    public final void addStatusListener(Consumer<DeviceStatus> listener) {
        hub.addListener(listener);
    }

    @Override
    public final void removeStatusListener(Consumer<DeviceStatus> listener) {
        hub.removeListener(listener);
    }
}
