package dev.opentill.app.setup;

import dev.opentill.core.device.DeviceSetting;

/**
 * Whether a device setting can be built, by the same code that builds the till's devices (supplied
 * by the composition root, since the setup may not reach the device adapters itself).
 */
@FunctionalInterface
public interface DeviceCheck {
    /** Throws {@link IllegalArgumentException} naming what is wrong; {@code printerModel} may be null. */
    void check(DeviceSetting setting, String printerModel);
}
