package dev.opentill.core.sync;

import dev.opentill.core.sale.SaleKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed sale or return as it travels to the centre (outbox event type
 * {@value #TYPE}). The centre applies it, with its stock and points entries, in one
 * transaction keyed by {@code eventId}. Amounts in minor units, quantities in thousandths.
 */
public record SaleEvent(
        UUID eventId,
        UUID saleId,
        String storeCode,
        String terminalCode,
        long sequenceNo,
        String receiptNo,
        SaleKind kind,
        UUID originalSaleId,
        UUID cashierId,
        String memberCard,
        Instant openedAt,
        Instant completedAt,
        String currency,
        long subtotalMinor,
        long discountMinor,
        long taxMinor,
        long totalMinor,
        long cashRoundingMinor,
        long changeMinor,
        boolean offline,
        List<Line> lines,
        List<Payment> payments,
        List<StockEntry> stock,
        List<PointsEntry> points,
        List<CouponUse> coupons,
        Integer orderNumber) {

    public static final String TYPE = "sale.completed";

    /** A sale without a daily order number (none of its lines is made to order). */
    public SaleEvent(UUID eventId, UUID saleId, String storeCode, String terminalCode, long sequenceNo,
            String receiptNo, SaleKind kind, UUID originalSaleId, UUID cashierId, String memberCard, Instant openedAt,
            Instant completedAt, String currency, long subtotalMinor, long discountMinor, long taxMinor,
            long totalMinor, long cashRoundingMinor, long changeMinor, boolean offline, List<Line> lines,
            List<Payment> payments, List<StockEntry> stock, List<PointsEntry> points, List<CouponUse> coupons) {
        this(eventId, saleId, storeCode, terminalCode, sequenceNo, receiptNo, kind, originalSaleId, cashierId,
                memberCard, openedAt, completedAt, currency, subtotalMinor, discountMinor, taxMinor, totalMinor,
                cashRoundingMinor, changeMinor, offline, lines, payments, stock, points, coupons, null);
    }

    public SaleEvent {
        // Events written before coupons existed carry none.
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
    }

    /** A sale without coupons. */
    public SaleEvent(UUID eventId, UUID saleId, String storeCode, String terminalCode, long sequenceNo,
            String receiptNo,
            SaleKind kind, UUID originalSaleId, UUID cashierId, String memberCard, Instant openedAt,
            Instant completedAt,
            String currency, long subtotalMinor, long discountMinor, long taxMinor, long totalMinor,
            long cashRoundingMinor, long changeMinor, boolean offline, List<Line> lines, List<Payment> payments,
            List<StockEntry> stock, List<PointsEntry> points) {
        this(eventId, saleId, storeCode, terminalCode, sequenceNo, receiptNo, kind, originalSaleId, cashierId,
                memberCard,
                openedAt, completedAt, currency, subtotalMinor, discountMinor, taxMinor, totalMinor, cashRoundingMinor,
                changeMinor, offline, lines, payments, stock, points, List.of());
    }

    /** This event with the terminal sequence and receipt number assigned in the completing transaction. */
    public SaleEvent withNumber(long sequence, String receipt) {
        return new SaleEvent(eventId, saleId, storeCode, terminalCode, sequence, receipt, kind, originalSaleId,
                cashierId,
                memberCard, openedAt, completedAt, currency, subtotalMinor, discountMinor, taxMinor, totalMinor,
                cashRoundingMinor, changeMinor, offline, lines, payments, stock, points, coupons, orderNumber);
    }

    /** This event with the daily order number given in the completing transaction. */
    public SaleEvent withOrderNumber(Integer number) {
        return new SaleEvent(eventId, saleId, storeCode, terminalCode, sequenceNo, receiptNo, kind, originalSaleId,
                cashierId, memberCard, openedAt, completedAt, currency, subtotalMinor, discountMinor, taxMinor,
                totalMinor, cashRoundingMinor, changeMinor, offline, lines, payments, stock, points, coupons, number);
    }

    /** True when a line (not voided) is made to order: the sale then gets a daily order number. */
    public boolean madeToOrder() {
        return lines.stream().anyMatch(l -> !l.voided() && l.options() != null);
    }

    /** A coupon this sale redeemed, and the amount it took off. */
    public record CouponUse(UUID couponId, String code, long amountMinor) {
    }

    /**
     * A sold or refunded line; {@code paidMinor} is after line and ticket discounts;
     * {@code promotionId} is the promotion {@code discountMinor} came from, null for none or a discount by hand;
     * {@code options} what a made-to-order line was made of (null for goods sold as they are).
     */
    public record Line(UUID lineId, int lineNo, UUID productId, String sku, long quantityMilli, long unitPriceMinor,
            Long overridePriceMinor, long discountMinor, long paidMinor, int taxRateBp, boolean voided,
            UUID returnOfLineId, UUID promotionId, Options options) {

        public Line(UUID lineId, int lineNo, UUID productId, String sku, long quantityMilli, long unitPriceMinor,
                Long overridePriceMinor, long discountMinor, long paidMinor, int taxRateBp, boolean voided,
                UUID returnOfLineId, UUID promotionId) {
            this(lineId, lineNo, productId, sku, quantityMilli, unitPriceMinor, overridePriceMinor, discountMinor,
                    paidMinor, taxRateBp, voided, returnOfLineId, promotionId, null);
        }

        public Line(UUID lineId, int lineNo, UUID productId, String sku, long quantityMilli, long unitPriceMinor,
                Long overridePriceMinor, long discountMinor, long paidMinor, int taxRateBp, boolean voided,
                UUID returnOfLineId) {
            this(lineId, lineNo, productId, sku, quantityMilli, unitPriceMinor, overridePriceMinor, discountMinor,
                    paidMinor, taxRateBp, voided, returnOfLineId, null);
        }
    }

    /**
     * A made-to-order line's make-up: the product's own price, the options chosen (each with its
     * price difference on one unit, taken {@code count} times) and, for a slot of a combo, the
     * combo's code and the slot.
     */
    public record Options(long basePriceMinor, List<Choice> chosen, String comboCode, String comboSlot) {
    }

    public record Choice(String groupCode, String optionCode, String nameZh, String nameEn, int count,
            long unitDeltaMinor, String stockSku) {
    }

    public record Payment(String type, long amountMinor, String reference) {
    }

    /** A signed stock movement made by this sale (negative for a sale, positive for a return). */
    public record StockEntry(UUID entryId, UUID productId, long deltaMilli, String reason) {
    }

    /** A signed loyalty points movement made by this sale. */
    public record PointsEntry(UUID entryId, String memberCard, long delta, String reason) {
    }
}
