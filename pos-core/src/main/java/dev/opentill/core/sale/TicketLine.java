package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.math.RoundingMode;
import java.util.UUID;
import dev.opentill.core.catalog.LocalName;
import java.util.Locale;

/**
 * One line of a ticket. {@code quantityMilli} is in thousandths (1000 = one piece; for weighed
 * goods grams, with a price per kilogram) and is negative on return lines. {@code fixedAmount},
 * when present, is the line's amount regardless of price and quantity: a price-embedded scale
 * label, or a refund computed from the original sale. {@code promotionId}, when present, says the
 * line's {@code discount} is that promotion's: it is recomputed whenever the ticket changes,
 * while a discount without it was given by hand and keeps the line out of promotions.
 * {@code options}, when present, says what a made-to-order line was made of (its {@code unitPrice}
 * already includes them) and which combo it belongs to.
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
        ReturnRef returnOf,
        UUID promotionId,
        LineOptions options) {

    public TicketLine {
        if (id == null || sku == null || unitPrice == null || discount == null) {
            throw new IllegalArgumentException("Ticket line needs id, sku, unit price and discount");
        }
    }

    /** A line without a promotion. */
    public TicketLine(UUID id, UUID productId, String sku, String nameZh, String nameEn, int taxRateBasisPoints,
            boolean weighed, long quantityMilli, Money unitPrice, Money overridePrice, Money fixedAmount,
            Money discount,
            boolean voided, ReturnRef returnOf) {
        this(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice, overridePrice,
                fixedAmount, discount, voided, returnOf, null, null);
    }

    /** A line without options. */
    public TicketLine(UUID id, UUID productId, String sku, String nameZh, String nameEn, int taxRateBasisPoints,
            boolean weighed, long quantityMilli, Money unitPrice, Money overridePrice, Money fixedAmount,
            Money discount, boolean voided, ReturnRef returnOf, UUID promotionId) {
        this(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice, overridePrice,
                fixedAmount, discount, voided, returnOf, promotionId, null);
    }

    /** The combo this line is a slot of, or null. */
    public ComboRef combo() {
        return options == null ? null : options.combo();
    }

    /** The same line made with other options at {@code price} (manual discount kept, promotion dropped). */
    TicketLine withOptions(LineOptions o, Money price) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, price,
                overridePrice, fixedAmount, manualDiscount(), voided, returnOf, null, o);
    }

    /** The discount given by hand, zero when the line's discount is a promotion's. */
    public Money manualDiscount() {
        return promotionId != null ? Money.zero(unitPrice.currency()) : discount;
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
    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, sku);
    }

    public boolean isReturn() {
        return returnOf != null;
    }

    /** A changed quantity drops a promotion's discount until promotions are recomputed. */
    TicketLine withQuantity(long q) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, q, unitPrice,
                overridePrice,
                fixedAmount, manualDiscount(), voided, returnOf, null, options);
    }

    /** An overridden price takes the line out of promotions. */
    TicketLine withOverridePrice(Money p) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                p,
                fixedAmount, manualDiscount(), voided, returnOf, null, options);
    }

    /** A discount given by hand replaces any promotion's. */
    TicketLine withDiscount(Money d) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                overridePrice, fixedAmount, d, voided, returnOf, null, options);
    }

    /** The line with {@code promotion}'s discount, or with none when {@code promotion} is null. */
    TicketLine withPromotion(UUID promotion, Money d) {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                overridePrice, fixedAmount, promotion == null ? manualDiscount() : d, voided, returnOf, promotion,
                options);
    }

    TicketLine asVoided() {
        return new TicketLine(id, productId, sku, nameZh, nameEn, taxRateBasisPoints, weighed, quantityMilli, unitPrice,
                overridePrice, fixedAmount, manualDiscount(), true, returnOf, null, options);
    }
}
