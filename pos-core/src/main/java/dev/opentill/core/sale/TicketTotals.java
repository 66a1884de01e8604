package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxLine;
import java.util.List;

/**
 * The priced state of a ticket. {@code subtotal} is before any discount; {@code total} is what the
 * customer owes before cash rounding (negative for a refund). {@code tax} is included in
 * {@code total} (inclusive pricing) or added to reach it (exclusive pricing).
 */
public record TicketTotals(
        Money subtotal, Money lineDiscounts, Money ticketDiscount, Money total, Money tax, List<TaxLine> taxLines,
        int itemCount) {

    public Money discounts() {
        return lineDiscounts.plus(ticketDiscount);
    }
}
