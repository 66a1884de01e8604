package dev.opentill.peripherals;

import java.util.function.Consumer;

/** What every device offers the till: a status, status listeners and a way to let go of the port. */
public interface Device extends AutoCloseable {

    DeviceStatus status();

    /** Listeners run on a background thread, once per change of availability or conditions. */
    void addStatusListener(Consumer<DeviceStatus> listener);

    void removeStatusListener(Consumer<DeviceStatus> listener);

    /** Stops the device's threads and closes its port; never throws. */
    @Override
    void close();
}
