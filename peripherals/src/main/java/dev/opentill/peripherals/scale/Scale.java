package dev.opentill.peripherals.scale;

import dev.opentill.peripherals.Device;
import java.util.concurrent.CompletableFuture;

/** A serial scale asked for the weight on demand. */
public interface Scale extends Device {

    CompletableFuture<WeightReading> read();

    /** Zeroes the empty platform. */
    CompletableFuture<WeightReading> zero();
}
