package dev.opentill.app.devices;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.label.LabelConfig;
import dev.opentill.peripherals.label.LabelPrinter;
import dev.opentill.peripherals.sim.SimulatedLabelPrinter;
import java.util.Optional;

/**
 * The cup-label printer named like the other devices' connections: {@code sim}, a serial port
 * ({@code /dev/ttyUSB1} or {@code serial:...}), {@code tcp:host:9100} or {@code file:PATH}.
 */
public final class LabelDevices {
    /** The printer and, for {@code sim}, the simulator behind it (to read its labels back). */
    public record Opened(LabelPrinter printer, Optional<SimulatedLabelPrinter> simulator) {
    }

    private LabelDevices() {
    }

    public static Opened open(String spec, LabelConfig config) {
        Connection c = Connection.parse(spec.startsWith("/") ? "serial:" + spec : spec);
        if (c instanceof Connection.Simulated) {
            SimulatedLabelPrinter sim = new SimulatedLabelPrinter();
            return new Opened(Peripherals.simulatedLabelPrinter(config, sim), Optional.of(sim));
        }
        return new Opened(Peripherals.labelPrinter(config, c), Optional.empty());
    }
}
