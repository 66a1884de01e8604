package dev.opentill.app.ui.setup;

import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import java.time.Duration;
import java.util.List;

/**
 * The setup wizard's device bench: what the till finds by itself, and a live test of one device as
 * the technician set it up. Every call may block (ports, the network) and runs through the task
 * runner. Implemented over the peripherals by the composition root.
 */
public interface DeviceBench {

    /** Serial ports (with their USB names), printer device files and, with {@code network}, TCP 9100 printers. */
    List<FoundDevice> discover(boolean network);

    /** The model names the technician may choose for {@code kind} (printer models, display command sets, scale protocols). */
    List<String> models(Kind kind);

    /**
     * Tests {@code device} live: a test page printed, the drawer kicked and its sensor read, a scan
     * waited for (at most {@code wait}), text on the display, a weight read. {@code printer} is the
     * receipt printer set up with it (a drawer on the printer's kick connector needs it; may be null).
     */
    BenchResult test(DeviceSetting device, DeviceSetting printer, Duration wait);

    /** One device found: its connection in the one-line syntax, its name where the OS gives one, what it answered. */
    record FoundDevice(String connection, String name, String answer) {
    }

    /** A live test's outcome and the sentence that says what happened and, on failure, what to do. */
    record BenchResult(boolean passed, UiText text) {
    }
}
