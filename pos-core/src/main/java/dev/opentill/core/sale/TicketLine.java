package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One line of a ticket. {@code quantityMilli} is in thousandths (1000 = one piece; for weighed
 * goods grams, with a price per kilogram) and is negative on return lines. {@code fixedAmount},
 * when present, is the line's amount regardless of price and quantity: a price-embedded scale
 * label, or a refund computed from the original sale.
 */
public record TicketLine(
        UUID id,
        UUID productId,
        String sku,
        String nameZh,
        String nameEn,
        int taxRateBasisPoints,
        boolean weighed,
        long quantityMilli,
        Money unitPrice,
        Money overridePrice,
        Money fixedAmount,
        Money discount,
        boolean voided,
        ReturnRef returnOf) {

    public TicketLine {
        if (id == null || sku == null || unitPrice == null || discount == null) {
            throw new IllegalArgumentException("Ticket line needs id, sku, unit price and discount");
        }
    }

    /** The price the line is charged at: the override if a manager set one, else the catalog price. */
    public Money effectivePrice() {
        return overridePrice != null ? overridePrice : unitPrice;
    }

    /** Amount before the line discount; zero when voided. */
    public Money grossAmount() {
        if (voided) {
            return Money.zero(unitPrice.currency());
        }
        if (fixedAmount != null) {
            return fixedAmount;
        }
        return effectivePrice().times(quantityMilli, 1000, RoundingMode.HALF_UP);
    }

    /** Amount after the line discount (discounts reduce a sale and a refund alike); zero when voided. */
    public Money netAmount() {
        if (voided) {
            return Money.zero(unitPrice.currency());
        }
        Money gross = grossAmount();
        return gross.isNegative() ? gross.plus(discount) : gross.minus(discount);
    }

    /** The line's name in {@code locale}'s language, falling back to the other name, then the SKU. */
    public String displayName(java.util.Locale locale) {
        return dev.opentill.core.catalog.LocalName.pick(locale, nameZh, nameEn, sku);
    }

    public boolean isReturn() {
        return returnOf != null;
    }

    TicketLine withQuantity(long q) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, q, unitPrice, overridePrice,
                fixedAmount, discount, voided, returnOf);
    }

    TicketLine withOverridePrice(Money p) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice, p,
                fixedAmount, discount, voided, returnOf);
    }

    TicketLine withDiscount(Money d) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                overridePrice, fixedAmount, d, voided, returnOf);
    }

    TicketLine asVoided() {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                overridePrice, fixedAmount, discount, true, returnOf);
    }
}
