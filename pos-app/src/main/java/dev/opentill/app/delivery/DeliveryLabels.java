package dev.opentill.app.delivery;

import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.production.ProductionOrder;

/**
 * Prints the cup labels of an accepted delivery order (one per cup, with the label QR of
 * {@code queued}). The seam for the cup-label printing of issue 14's part A; until it is bound,
 * nothing is printed.
 */
@FunctionalInterface
public interface DeliveryLabels {
    DeliveryLabels NONE = (order, queued) -> {
    };

    void print(DeliveryOrder order, ProductionOrder queued);
}
