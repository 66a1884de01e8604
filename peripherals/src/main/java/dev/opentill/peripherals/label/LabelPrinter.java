package dev.opentill.peripherals.label;

import dev.opentill.peripherals.Device;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A cup-label printer. Labels are queued and printed in order, one at a time; a label that cannot
 * be printed (paper out, head open, printer offline) stays queued with those after it and goes out
 * when the printer is ready again, so none is lost and none printed twice.
 */
public interface LabelPrinter extends Device {

    /** Queues the labels; the future completes when they are all printed, or fails at the first that waits. */
    CompletableFuture<Void> print(List<CupLabel> labels);

    /** Labels queued and not yet printed, oldest first. */
    List<CupLabel> waiting();

    /** Tries the waiting labels again now (also done by itself when the printer reports ready). */
    CompletableFuture<Void> printWaiting();
}
