package dev.opentill.core.cash;

import dev.opentill.core.money.Money;

/**
 * A tender other than cash as the till took it in a shift: its total from the tenders recorded
 * (refunds negative; null where counts are blind and the total is not shown before the close), and
 * how many of them were taken, with and without a reference (card slip, payment id, order number).
 */
public record TenderTaken(String tender, Money total, int taken, int withReference) {

    /** The same without its total, for a blind close. */
    public TenderTaken blind() {
        return new TenderTaken(tender, null, taken, withReference);
    }
}
