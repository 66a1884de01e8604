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
        List<CouponUse> coupons) {

    public static final String TYPE = "sale.completed";

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
                cashRoundingMinor, changeMinor, offline, lines, payments, stock, points, coupons);
    }

    /** A coupon this sale redeemed, and the amount it took off. */
    public record CouponUse(UUID couponId, String code, long amountMinor) {
    }

    /**
     * A sold or refunded line; {@code paidMinor} is after line and ticket discounts;
     * {@code promotionId} is the promotion {@code discountMinor} came from, null for none or a discount by hand.
     */
    public record Line(UUID lineId, int lineNo, UUID productId, String sku, long quantityMilli, long unitPriceMinor,
            Long overridePriceMinor, long discountMinor, long paidMinor, int taxRateBp, boolean voided,
            UUID returnOfLineId, UUID promotionId) {

        public Line(UUID lineId, int lineNo, UUID productId, String sku, long quantityMilli, long unitPriceMinor,
                Long overridePriceMinor, long discountMinor, long paidMinor, int taxRateBp, boolean voided,
                UUID returnOfLineId) {
            this(lineId, lineNo, productId, sku, quantityMilli, unitPriceMinor, overridePriceMinor, discountMinor,
                    paidMinor, taxRateBp, voided, returnOfLineId, null);
        }
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
