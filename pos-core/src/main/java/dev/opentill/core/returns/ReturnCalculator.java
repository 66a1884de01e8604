package dev.opentill.core.returns;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.ReturnRef;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Refund amounts for returns. A line refunds at what the customer paid per unit; returning the
 * last of a line refunds exactly what is left, so any number of partial returns add up to the
 * amount paid and never more. Quantities already on the return ticket count as returned.
 */
public final class ReturnCalculator {
    private ReturnCalculator() {
    }

    /** Adds a refund of {@code quantityMilli} of {@code sold} to the return ticket. */
    public static Ticket addReturn(Ticket returnTicket, UUID originalSaleId, SoldLine sold, long quantityMilli) {
        if (quantityMilli <= 0) {
            throw new SaleException(SaleError.QUANTITY_NOT_POSITIVE, "Return quantity must be positive");
        }
        if (!sold.line().weighed() && quantityMilli % 1000 != 0) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY, "Only weighed goods take fractional quantities");
        }
        long pendingMilli = 0;
        Money pendingRefund = Money.zero(returnTicket.currency());
        for (TicketLine l : returnTicket.lines()) {
            if (!l.voided() && l.returnOf() != null && l.returnOf().lineId().equals(sold.line().id())) {
                pendingMilli += -l.quantityMilli();
                pendingRefund = pendingRefund.plus(l.netAmount().negated());
            }
        }
        long left = sold.returnableMilli() - pendingMilli;
        if (quantityMilli > left) {
            throw new SaleException(SaleError.RETURN_EXCEEDS_SOLD,
                    "Only " + left + " of this line can still be returned", left);
        }
        // Refund up to the paid share of everything returned so far, so rounding never accumulates;
        // returning the last of the line makes that share exactly what was paid.
        Money refundedSoFar = sold.refunded().plus(pendingRefund);
        long returnedAfter = sold.returnedMilli() + pendingMilli + quantityMilli;
        Money refund = sold.paid().times(returnedAfter, sold.soldMilli(), RoundingMode.HALF_DOWN)
                .minus(refundedSoFar)
                .min(sold.paid().minus(refundedSoFar))
                .max(Money.zero(returnTicket.currency()));
        return returnTicket.addReturnLine(sold.line(), quantityMilli, refund,
                new ReturnRef(originalSaleId, sold.line().id()));
    }
}
