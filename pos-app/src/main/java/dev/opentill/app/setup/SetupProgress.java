package dev.opentill.app.setup;

import dev.opentill.app.setup.Setup.Identity;
import dev.opentill.core.device.DeviceSetting;
import java.util.List;

/**
 * Where a setup stands: the step to show, the language chosen (null before), the identity the
 * centre gave (null before enrollment), the devices saved, and whether a manager can log in.
 */
public record SetupProgress(SetupStep step, String language, Identity identity, List<DeviceSetting> devices,
        int products, boolean managerCanLogIn) {
    public SetupProgress {
        devices = List.copyOf(devices);
    }
}
