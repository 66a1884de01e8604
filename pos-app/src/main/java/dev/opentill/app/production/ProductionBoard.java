package dev.opentill.app.production;

import dev.opentill.core.production.ProductionOrder;
import java.util.List;
import java.util.UUID;

/**
 * What the production screen and the call-number display need: the open orders, and moving one
 * forward by touch or by scanning its label's QR code.
 */
public interface ProductionBoard {
    /** Orders being made or waiting to be collected, oldest first. */
    List<ProductionOrder> open();

    /** Marks the order ready to collect; refused once collected or cancelled. */
    ProductionOrder ready(UUID orderId);

    /** Marks the order collected (handed over, or to the rider); refused unless ready. */
    ProductionOrder collected(UUID orderId);

    /**
     * A scanned label: moves its order one step (making to ready, ready to collected) and returns
     * it; refused when the text is no label of this store or names no order of this till.
     */
    ProductionOrder scan(String labelText);

    /** Runs {@code listener} after every change of the queue (on the thread that made it). */
    void addListener(Runnable listener);
}
