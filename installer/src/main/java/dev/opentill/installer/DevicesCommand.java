package dev.opentill.installer;

import dev.opentill.peripherals.diag.Diagnostics;
import dev.opentill.peripherals.discovery.Candidate;
import dev.opentill.peripherals.discovery.DeviceDiscovery;
import dev.opentill.peripherals.discovery.NetworkScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code installer devices}: with no arguments (or {@code find [--network]}), lists what the till
 * finds by itself, each with the connection to give {@code installer setup}; any other argument is
 * one of the diagnostic commands (test page, status, kick, scans, scale).
 */
final class DevicesCommand {
    private final Texts text;

    DevicesCommand(Texts text) {
        this.text = text;
    }

    int run(String[] args) {
        if (args.length > 0 && !args[0].equals("find")) {
            return Diagnostics.run(args, text.out());
        }
        boolean network = Arrays.asList(args).contains("--network");
        DeviceDiscovery discovery = new DeviceDiscovery(DeviceDiscovery.Settings.defaults());
        List<Candidate> found = new ArrayList<>(discovery.serialPorts());
        found.addAll(discovery.deviceFiles());
        if (network) {
            text.say(ExitCode.OK, "devices.scanning");
            found.addAll(NetworkScan.defaults().scanLocalSubnets());
        }
        if (found.isEmpty()) {
            return text.say(ExitCode.OK, "devices.none");
        }
        for (Candidate c : found) {
            text.println(text.get("devices.found", c.connection(), c.name().isEmpty() ? "-" : c.name(),
                    text.get("devices.answer." + c.answer().name())));
        }
        return ExitCode.OK;
    }
}
