package dev.opentill.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery-platform order in the one normalised model every platform adapter speaks: its source
 * (meituan, eleme, mini-program...), the platform's order id (unique per source: orders are
 * idempotent by the pair) and daily serial, the items with their options, the customer's note,
 * when it is wanted, what the customer paid (items, packaging and delivery fees), and where it stands.
 */
public record DeliveryOrder(UUID id, String storeCode, String source, String platformOrderId, String platformSerial,
        List<Item> items, String note, Instant scheduledAt, long paidMinor, long packagingFeeMinor,
        long deliveryFeeMinor, DeliveryStatus status, String reason, Instant createdAt) {
    /** One item: the product's SKU, how many, the unit price with its options, and the options chosen. */
    public record Item(String sku, int quantity, long unitPriceMinor, List<Choice> options) {
    }

    /** An option chosen for an item, by group and option code. */
    public record Choice(String group, String option) {
    }

    /** What the items cost: each unit price times its quantity. */
    public long itemsMinor() {
        long sum = 0;
        for (Item i : items) {
            sum = Math.addExact(sum, Math.multiplyExact(i.unitPriceMinor(), (long) i.quantity()));
        }
        return sum;
    }

    /** Whether what was paid is the items plus the packaging and delivery fees. */
    public boolean addsUp() {
        try {
            return Math.addExact(Math.addExact(itemsMinor(), packagingFeeMinor), deliveryFeeMinor) == paidMinor;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    public DeliveryOrder with(DeliveryStatus next, String why) {
        return new DeliveryOrder(id, storeCode, source, platformOrderId, platformSerial, items, note, scheduledAt,
                paidMinor, packagingFeeMinor, deliveryFeeMinor, next, why, createdAt);
    }
}
