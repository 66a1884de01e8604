package dev.opentill.core.delivery;

/**
 * Where a delivery order stands. The store decides (accepted or rejected), makes it (ready),
 * gives it to the rider (handed over); the platform may cancel it until it is handed over.
 */
public enum DeliveryStatus {
    NEW,
    ACCEPTED,
    REJECTED,
    READY,
    HANDED_OVER,
    CANCELLED;

    /** Whether the store may move an order from this state to {@code next}. */
    public boolean storeMay(DeliveryStatus next) {
        return switch (this) {
            case NEW -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED -> next == READY;
            case READY -> next == HANDED_OVER;
            case REJECTED, HANDED_OVER, CANCELLED -> false;
        };
    }

    /** Whether the platform may still cancel (the rider does not have it yet, and it was not refused). */
    public boolean platformMayCancel() {
        return this == NEW || this == ACCEPTED || this == READY;
    }
}
