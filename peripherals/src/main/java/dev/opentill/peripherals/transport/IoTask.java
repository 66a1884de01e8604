package dev.opentill.peripherals.transport;

import java.io.IOException;

/** One exchange with a device, run on the device's own thread with its transport open. */
@FunctionalInterface
public interface IoTask<T> {
    T run(Transport transport) throws IOException;
}
