package dev.opentill.app.delivery;

import dev.opentill.core.delivery.DeliveryOrder;
import java.util.List;
import java.util.UUID;

/** What the delivery screen needs: the orders waiting for a decision, accepting and rejecting them. */
public interface DeliveryDesk {
    /** Orders waiting for the store's decision, oldest first. */
    List<DeliveryOrder> waiting();

    /** Accepts the order: it joins the production queue and the platform is told. */
    DeliveryOrder accept(UUID orderId);

    /** Rejects the order with a reason the platform passes on (1-200 characters). */
    DeliveryOrder reject(UUID orderId, String reason);
}
