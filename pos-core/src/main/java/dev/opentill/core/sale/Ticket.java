package dev.opentill.core.sale;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.Tender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's basket as it is being sold: an immutable value; every change returns a new
 * ticket, which the till saves before showing it. Money rules live in {@link TicketPricer}.
 */
public record Ticket(
        UUID id, Instant openedAt, Currency currency, List<TicketLine> lines, Money ticketDiscount,
        List<Tender> tenders, String memberCard, UUID originalSaleId, List<AppliedCoupon> coupons) {

    public Ticket {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        // A ticket saved before coupons existed has none.
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
        if (id == null || openedAt == null || currency == null || ticketDiscount == null) {
            throw new IllegalArgumentException("Ticket needs id, opening time, currency and discount");
        }
    }

    public static Ticket open(Currency currency, Instant now) {
        return new Ticket(UuidV7.next(), now, currency, List.of(), Money.zero(currency), List.of(), null, null,
                List.of());
    }

    /** An empty return ticket refunding lines of {@code originalSaleId}. */
    public static Ticket openReturn(Currency currency, Instant now, UUID originalSaleId) {
        return new Ticket(UuidV7.next(), now, currency, List.of(), Money.zero(currency), List.of(), null,
                originalSaleId, List.of());
    }

    public boolean isReturn() {
        return originalSaleId != null;
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(TicketLine::voided);
    }

    /** Adds {@code quantityMilli} of a product at its catalog price. */
    public Ticket add(Product product, long quantityMilli, TicketLimits limits) {
        requireNoTenders();
        requireSaleTicket();
        if (quantityMilli <= 0) {
            throw new SaleException(SaleError.QUANTITY_NOT_POSITIVE, "Quantity must be positive: " + quantityMilli);
        }
        if (quantityMilli > limits.maxQuantityMilli()) {
            throw new SaleException(SaleError.QUANTITY_TOO_LARGE, "Quantity too large: " + quantityMilli,
                    quantityMilli);
        }
        if (!product.soldByWeight() && quantityMilli % 1000 != 0) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY, "Only weighed goods take fractional quantities");
        }
        checkCurrency(product.price());
        return withLine(newLine(product, quantityMilli, null));
    }

    /** Adds a scale label whose barcode carries the amount to charge. */
    public Ticket addWithAmount(Product product, Money amount, TicketLimits limits) {
        requireNoTenders();
        requireSaleTicket();
        checkCurrency(amount);
        checkPrice(amount, limits);
        return withLine(newLine(product, 1000, amount));
    }

    /** Adds a line of an order paid online: its quantity, charged at what the customer paid for it. */
    public Ticket addPrepaid(Product product, long quantityMilli, Money paid) {
        requireNoTenders();
        requireSaleTicket();
        checkCurrency(paid);
        if (quantityMilli <= 0) {
            throw new SaleException(SaleError.QUANTITY_NOT_POSITIVE, "Quantity must be positive: " + quantityMilli);
        }
        return withLine(newLine(product, quantityMilli, paid));
    }

    /**
     * Adds a made-to-order product with its options (validated by {@code menu.OptionPricer}), charged
     * at the base price plus the options. The same product with other options is another line.
     */
    public Ticket addWithOptions(Product product, LineOptions options, long quantityMilli, TicketLimits limits) {
        requireNoTenders();
        requireSaleTicket();
        return MadeToOrder.add(this, product, options, quantityMilli, limits);
    }

    /** Adds one combo: one line per slot, sharing {@code comboPrice} in proportion to their own prices. */
    public Ticket addCombo(List<Product> products, List<LineOptions> options, Money comboPrice, long quantityMilli,
            TicketLimits limits) {
        requireNoTenders();
        requireSaleTicket();
        return MadeToOrder.addCombo(this, products, options, comboPrice, quantityMilli, limits);
    }

    /** Changes the options of a line (until the ticket is paid); a combo's price follows its options. */
    public Ticket changeOptions(UUID lineId, LineOptions options, TicketLimits limits) {
        requireNoTenders();
        return MadeToOrder.changeOptions(this, liveLine(lineId), options, limits);
    }

    /** Adds a refund line for part of an original sale line; see {@code returns.ReturnCalculator}. */
    public Ticket addReturnLine(TicketLine original, long quantityMilli, Money refund, ReturnRef ref) {
        requireNoTenders();
        if (!isReturn() || !ref.saleId().equals(originalSaleId)) {
            throw new SaleException(SaleError.RETURN_WRONG_TICKET, "Return line belongs to another sale");
        }
        TicketLine line = new TicketLine(UuidV7.next(), original.productId(), original.sku(), original.nameZh(),
                original.nameEn(), original.taxRateBasisPoints(), original.weighed(), -quantityMilli,
                original.unitPrice(), original.overridePrice(), refund.negated(), Money.zero(currency), false, ref);
        return withLine(line);
    }

    public Ticket changeQuantity(UUID lineId, long quantityMilli, TicketLimits limits) {
        requireNoTenders();
        TicketLine line = liveLine(lineId);
        if (line.fixedAmount() != null || line.isReturn()) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY,
                    "This line's quantity is fixed by its label or refund");
        }
        if (quantityMilli <= 0) {
            throw new SaleException(SaleError.QUANTITY_NOT_POSITIVE, "Quantity must be positive: " + quantityMilli);
        }
        if (quantityMilli > limits.maxQuantityMilli()) {
            throw new SaleException(SaleError.QUANTITY_TOO_LARGE, "Quantity too large: " + quantityMilli,
                    quantityMilli);
        }
        if (!line.weighed() && quantityMilli % 1000 != 0) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY, "Only weighed goods take fractional quantities");
        }
        if (line.combo() != null) {
            return MadeToOrder.changeComboQuantity(this, line.combo(), quantityMilli);
        }
        TicketLine changed = line.withQuantity(quantityMilli);
        return replace(changed).checkDiscountFits(changed);
    }

    /** Charges a line at a different unit price (an override that needs the right role). */
    public Ticket overridePrice(UUID lineId, Money price, TicketLimits limits) {
        requireNoTenders();
        TicketLine line = liveLine(lineId);
        checkCurrency(price);
        checkPrice(price, limits);
        if (line.fixedAmount() != null) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY,
                    "This line's amount is fixed by its label or refund");
        }
        TicketLine changed = line.withOverridePrice(price.equals(line.unitPrice()) ? null : price);
        return replace(changed).checkDiscountFits(changed);
    }

    /** Sets the amount taken off one line (not a percentage: the caller converts). */
    public Ticket discountLine(UUID lineId, Money discount) {
        requireNoTenders();
        TicketLine line = liveLine(lineId);
        checkCurrency(discount);
        if (discount.isNegative()) {
            throw new SaleException(SaleError.DISCOUNT_NEGATIVE, "Discount must not be negative");
        }
        if (line.isReturn()) {
            throw new SaleException(SaleError.RETURN_WRONG_TICKET, "Refund lines take no discount");
        }
        return replace(line.withDiscount(discount)).checkDiscountFits(line.withDiscount(discount));
    }

    public Ticket discountTicket(Money discount) {
        requireNoTenders();
        requireSaleTicket();
        checkCurrency(discount);
        if (discount.isNegative()) {
            throw new SaleException(SaleError.DISCOUNT_NEGATIVE, "Discount must not be negative");
        }
        if (discount.isGreaterThan(TicketPricer.netOfLines(this))) {
            throw new SaleException(SaleError.DISCOUNT_EXCEEDS_AMOUNT, "Discount exceeds the ticket's amount");
        }
        return new Ticket(id, openedAt, currency, lines, discount, tenders, memberCard, originalSaleId, coupons);
    }

    public Ticket voidLine(UUID lineId) {
        requireNoTenders();
        TicketLine voided = liveLine(lineId);
        Ticket t = voided.combo() == null
                ? replace(voided.asVoided())
                : MadeToOrder.voidCombo(this, voided.combo());
        // A ticket discount larger than what is left would make the total negative: drop it.
        if (t.ticketDiscount.isPositive() && t.ticketDiscount.isGreaterThan(TicketPricer.netOfLines(t))) {
            return new Ticket(id, openedAt, currency, t.lines, Money.zero(currency), tenders, memberCard,
                    originalSaleId, coupons);
        }
        return t;
    }

    /**
     * Sets the promotions' discounts: {@code discounts} maps a line id to the promotion and amount
     * that apply to it; every other line loses a promotion discount it had. Lines with a discount
     * given by hand, an overridden price or a fixed amount are left alone. A ticket discount that
     * no longer fits is dropped, as when a line is voided.
     */
    public Ticket withPromotions(Map<UUID, LineDiscount> discounts) {
        List<TicketLine> next = new ArrayList<>(lines.size());
        boolean changed = false;
        for (TicketLine l : lines) {
            var d = l.voided() ? null : discounts.get(l.id());
            TicketLine n = d == null
                    ? (l.promotionId() == null ? l : l.withPromotion(null, null))
                    : l.withPromotion(d.promotionId(), d.amount());
            changed |= !n.equals(l);
            next.add(n);
        }
        if (!changed) {
            return this;
        }
        Ticket t = new Ticket(id, openedAt, currency, next, ticketDiscount, tenders, memberCard, originalSaleId,
                coupons);
        if (t.ticketDiscount.isPositive() && t.ticketDiscount.isGreaterThan(TicketPricer.netOfLines(t))) {
            return new Ticket(id, openedAt, currency, next, Money.zero(currency), tenders, memberCard, originalSaleId,
                    coupons);
        }
        return t;
    }

    /** The ticket discount given by hand plus the coupons'. */
    public Money discountOnTicket() {
        Money d = ticketDiscount;
        for (AppliedCoupon c : coupons) {
            d = d.plus(c.amount());
        }
        return d;
    }

    /**
     * Redeems a coupon on this ticket: refused on a refund, twice on one ticket, or below its
     * minimum spend (the lines' amount after their discounts). It takes at most what is left to pay.
     */
    public Ticket withCoupon(AppliedCoupon coupon) {
        requireNoTenders();
        requireSaleTicket();
        checkCurrency(coupon.faceValue());
        if (coupons.stream().anyMatch(c -> c.couponId().equals(coupon.couponId()))) {
            throw new SaleException(SaleError.COUPON_NOT_VALID,
                    "Coupon " + coupon.code() + " is already on this ticket",
                    coupon.code());
        }
        if (TicketPricer.netOfLines(this).isLessThan(coupon.minSpend())) {
            throw new SaleException(SaleError.COUPON_MIN_SPEND, "Coupon " + coupon.code() + " needs a spend of "
                    + coupon.minSpend(), coupon.code(), coupon.minSpend().toPlainString());
        }
        List<AppliedCoupon> next = new ArrayList<>(coupons);
        next.add(coupon);
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, tenders, memberCard, originalSaleId, next)
                .withCouponsFitted();
    }

    /** Takes a coupon off the ticket again (the customer keeps it for another time). */
    public Ticket withoutCoupon(UUID couponId) {
        requireNoTenders();
        List<AppliedCoupon> next = new ArrayList<>(coupons);
        next.removeIf(c -> c.couponId().equals(couponId));
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, tenders, memberCard, originalSaleId, next)
                .withCouponsFitted();
    }

    /**
     * After the lines changed: coupons whose minimum spend is no longer met come off, and each
     * takes at most what is left to pay after the discount by hand and the coupons before it.
     */
    public Ticket withCouponsFitted() {
        if (coupons.isEmpty()) {
            return this;
        }
        Money net = TicketPricer.netOfLines(this);
        Money left = net.minus(ticketDiscount);
        List<AppliedCoupon> next = new ArrayList<>();
        for (AppliedCoupon c : coupons) {
            if (net.isLessThan(c.minSpend())) {
                continue;
            }
            Money take = c.faceValue().isGreaterThan(left) ? left : c.faceValue();
            if (take.isNegative()) {
                take = Money.zero(currency);
            }
            next.add(c.withAmount(take));
            left = left.minus(take);
        }
        if (next.equals(coupons)) {
            return this;
        }
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, tenders, memberCard, originalSaleId, next);
    }

    public Ticket withMember(String card) {
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, tenders, card, originalSaleId, coupons);
    }

    public Ticket withTender(Tender tender, TicketPricer pricer) {
        checkCurrency(tender.amount());
        pricer.checkTender(this, tender);
        List<Tender> next = new ArrayList<>(tenders);
        next.add(tender);
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, next, memberCard, originalSaleId, coupons);
    }

    /** Takes the tenders off again, all but one paid beforehand (see {@link dev.opentill.core.tender.TenderType#paidBeforehand()}). */
    public Ticket withoutTenders() {
        List<Tender> kept = tenders.stream().filter(t -> t.type().paidBeforehand()).toList();
        return new Ticket(id, openedAt, currency, lines, ticketDiscount, kept, memberCard, originalSaleId, coupons);
    }

    public TicketLine line(UUID lineId) {
        for (TicketLine l : lines) {
            if (l.id().equals(lineId)) {
                return l;
            }
        }
        throw new SaleException(SaleError.NO_SUCH_LINE, "No line " + lineId + " on this ticket");
    }

    private TicketLine liveLine(UUID lineId) {
        TicketLine l = line(lineId);
        if (l.voided()) {
            throw new SaleException(SaleError.LINE_VOIDED, "Line is voided");
        }
        return l;
    }

    private TicketLine newLine(Product p, long quantityMilli, Money fixedAmount) {
        return new TicketLine(UuidV7.next(), p.id(), p.sku(), p.nameZh(), p.nameEn(), p.taxRateBasisPoints(),
                p.soldByWeight(), quantityMilli, p.price(), null, fixedAmount, Money.zero(currency), false, null);
    }

    /** This ticket with other lines (for {@link MadeToOrder}). */
    Ticket withLines(List<TicketLine> next) {
        return new Ticket(id, openedAt, currency, next, ticketDiscount, tenders, memberCard, originalSaleId, coupons);
    }

    private Ticket withLine(TicketLine line) {
        List<TicketLine> next = new ArrayList<>(lines.size() + 1);
        next.addAll(lines);
        next.add(line);
        return new Ticket(id, openedAt, currency, next, ticketDiscount, tenders, memberCard, originalSaleId, coupons);
    }

    private Ticket replace(TicketLine line) {
        List<TicketLine> next = new ArrayList<>(lines);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(line.id())) {
                next.set(i, line);
            }
        }
        return new Ticket(id, openedAt, currency, next, ticketDiscount, tenders, memberCard, originalSaleId, coupons);
    }

    Ticket checkDiscountFits(TicketLine line) {
        if (line.discount().isGreaterThan(line.grossAmount().abs())) {
            throw new SaleException(SaleError.DISCOUNT_EXCEEDS_AMOUNT, "Discount exceeds the line's amount");
        }
        if (ticketDiscount.isGreaterThan(TicketPricer.netOfLines(this))) {
            throw new SaleException(SaleError.DISCOUNT_EXCEEDS_AMOUNT,
                    "The ticket discount exceeds what is left of the ticket");
        }
        return this;
    }

    private void requireNoTenders() {
        if (!tenders.isEmpty()) {
            throw new SaleException(SaleError.TICKET_HAS_TENDERS, "Remove payments before changing the ticket");
        }
    }

    private void requireSaleTicket() {
        if (isReturn()) {
            throw new SaleException(SaleError.RETURN_WRONG_TICKET, "A return ticket only takes refund lines");
        }
    }

    void checkCurrency(Money m) {
        if (!m.currency().equals(currency)) {
            throw new SaleException(SaleError.CURRENCY_MISMATCH,
                    "Currency " + m.currency() + " on a " + currency + " ticket");
        }
    }

    static void checkPrice(Money price, TicketLimits limits) {
        if (price.isNegative()) {
            throw new SaleException(SaleError.PRICE_NEGATIVE, "Price must not be negative");
        }
        if (price.minor() > limits.maxPriceMinor()) {
            throw new SaleException(SaleError.PRICE_TOO_LARGE, "Price too large: " + price, price.toPlainString());
        }
    }
}
