package dev.opentill.core.production;

import java.time.Instant;
import java.util.UUID;

/**
 * One order in the production queue: the number called out ({@code callNumber}), the delivery
 * platform's daily serial shown next to it (null for a counter order), how many cups, a short
 * summary of what to make, and where it stands.
 */
public record ProductionOrder(UUID id, String terminalCode, String receiptNo, String callNumber,
        String platformSerial, Channel channel, int cups, String summary, ProductionStatus status, Instant createdAt) {
    /** Where the order came from: printed on the label, shown on the queue. */
    public enum Channel {
        COUNTER,
        DELIVERY
    }

    public ProductionOrder with(ProductionStatus next) {
        return new ProductionOrder(id, terminalCode, receiptNo, callNumber, platformSerial, channel, cups, summary,
                next, createdAt);
    }
}
