package dev.opentill.central.ingest;

import dev.opentill.core.sync.SaleEvent;
import java.util.UUID;

/** Structural checks on a pushed sale: the fields the centre needs to store it whole. */
final class SaleEventCheck {
    private SaleEventCheck() {
    }

    /** The first problem found, or null if the sale can be stored. */
    static String problem(SaleEvent s, UUID envelopeId) {
        if (s == null) {
            return "payload is missing";
        }
        if (!envelopeId.equals(s.eventId())) {
            return "payload eventId differs from the envelope's";
        }
        if (s.saleId() == null || s.storeCode() == null || s.terminalCode() == null || s.receiptNo() == null
                || s.kind() == null || s.completedAt() == null || s.currency() == null || s.currency().length() != 3) {
            return "saleId, storeCode, terminalCode, receiptNo, kind, completedAt and a 3-letter currency are required";
        }
        if (s.lines() == null || s.payments() == null || s.stock() == null || s.points() == null) {
            return "lines, payments, stock and points must be arrays";
        }
        for (SaleEvent.Line l : s.lines()) {
            if (l == null || l.lineId() == null || l.sku() == null) {
                return "every line needs a lineId and a sku";
            }
        }
        for (SaleEvent.Payment p : s.payments()) {
            if (p == null || p.type() == null) {
                return "every payment needs a type";
            }
        }
        for (SaleEvent.CouponUse c : s.coupons()) {
            if (c == null || c.couponId() == null || c.code() == null || c.amountMinor() < 0) {
                return "every coupon needs a couponId, a code and an amount >= 0";
            }
        }
        for (SaleEvent.StockEntry e : s.stock()) {
            if (e == null || e.entryId() == null || e.productId() == null || e.reason() == null) {
                return "every stock entry needs an entryId, productId and reason";
            }
        }
        for (SaleEvent.PointsEntry e : s.points()) {
            if (e == null || e.entryId() == null || e.memberCard() == null || e.reason() == null) {
                return "every points entry needs an entryId, memberCard and reason";
            }
        }
        return null;
    }
}
