package dev.opentill.core.sync;

import dev.opentill.core.delivery.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery order's status set at a till (outbox event type {@value #TYPE}): accepted, rejected
 * with a reason, ready, or handed to the rider. The centre applies it once, keyed by {@code eventId},
 * only to an order of the pushing store and only along the allowed moves, and exposes it to the
 * platform adapter.
 */
public record DeliveryStatusEvent(UUID eventId, String storeCode, String terminalCode, UUID orderId,
        DeliveryStatus status, String reason, Instant at) {
    public static final String TYPE = "delivery_status";
    public static final int MAX_REASON = 200;
}
