package dev.opentill.core.tender;

import dev.opentill.core.money.Money;
import java.util.UUID;

/**
 * A payment on a ticket. {@code reference} is the card approval code or the mobile payment's
 * transaction reference; for refunds the amount is negative. Only cash may be zero: it settles a
 * rest that cash rounding takes to nothing (e.g. 0.03 left after a card, rounded down to 0.00).
 */
public record Tender(UUID id, TenderType type, Money amount, String reference) {
    public Tender {
        if (id == null || type == null || amount == null) {
            throw new IllegalArgumentException("Tender needs id, type and amount");
        }
        if (amount.isZero() && type != TenderType.CASH) {
            throw new IllegalArgumentException("A tender of zero is not a payment");
        }
        if ((type == TenderType.CARD || type == TenderType.MOBILE || type == TenderType.STORED_VALUE)
                && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException(type + " payments need an approval reference");
        }
    }
}
