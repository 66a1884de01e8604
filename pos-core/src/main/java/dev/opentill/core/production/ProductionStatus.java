package dev.opentill.core.production;

/** Where an order stands at the bar: made, waiting to be collected, gone, or stopped. */
public enum ProductionStatus {
    MAKING,
    READY,
    COLLECTED,
    CANCELLED;

    /** Whether an order in this state may move to {@code next} (forward only; cancel while not collected). */
    public boolean mayBecome(ProductionStatus next) {
        return switch (this) {
            case MAKING -> next == READY || next == CANCELLED;
            case READY -> next == COLLECTED || next == CANCELLED;
            case COLLECTED, CANCELLED -> false;
        };
    }

    /** Whether the order is still on the bar's screen and the customer display. */
    public boolean open() {
        return this == MAKING || this == READY;
    }
}
