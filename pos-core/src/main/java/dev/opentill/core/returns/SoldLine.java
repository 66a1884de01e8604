package dev.opentill.core.returns;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;

/**
 * A line of a completed sale as a return sees it: what was sold, what the customer actually paid
 * for it (after line and ticket discounts), and how much of it earlier returns already took back.
 */
public record SoldLine(TicketLine line, long soldMilli, Money paid, long returnedMilli, Money refunded) {
    public SoldLine {
        if (soldMilli <= 0 || returnedMilli < 0 || returnedMilli > soldMilli) {
            throw new IllegalArgumentException(
                    "Inconsistent sold line: sold " + soldMilli + ", returned " + returnedMilli);
        }
    }

    public long returnableMilli() {
        return soldMilli - returnedMilli;
    }
}
