package dev.opentill.app.tender;

import dev.opentill.app.store.TillConfig;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SettledSale;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.Tender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a settled sale to the event that is stored and sent to the centre: lines with what was paid
 * for each, tenders, and the stock and points ledger entries the sale makes. The receipt number
 * and sequence are assigned later, inside the completing transaction.
 */
final class SaleEventFactory {
    private SaleEventFactory() {
    }

    static SaleEvent draft(SettledSale sale, TillConfig config, Cashier cashier, Instant now, boolean offline) {
        Ticket t = sale.ticket();
        TicketTotals totals = sale.totals();
        SaleKind kind = sale.isReturn() ? SaleKind.RETURN : SaleKind.SALE;
        String reason = kind.name();
        List<SaleEvent.Line> lines = new ArrayList<>();
        List<SaleEvent.StockEntry> stock = new ArrayList<>();
        for (SettledSale.Line s : sale.lines()) {
            TicketLine l = s.line();
            lines.add(new SaleEvent.Line(l.id(), s.lineNo(), l.productId(), l.sku(), l.quantityMilli(),
                    l.unitPrice().minor(),
                    l.overridePrice() == null ? null : l.overridePrice().minor(), s.discount().minor(),
                    s.paid().minor(),
                    l.taxRateBasisPoints(), l.voided(), l.returnOf() == null ? null : l.returnOf().lineId(),
                    l.voided() ? null : l.promotionId(), options(l.options())));
            if (!l.voided() && l.productId() != null) {
                stock.add(new SaleEvent.StockEntry(UuidV7.next(), l.productId(), -l.quantityMilli(), reason));
            }
        }
        List<SaleEvent.Payment> payments = new ArrayList<>();
        for (Tender tender : t.tenders()) {
            payments.add(new SaleEvent.Payment(tender.type().name(), tender.amount().minor(), tender.reference()));
        }
        List<SaleEvent.PointsEntry> points = new ArrayList<>();
        if (t.memberCard() != null && config.pointsPerYuan() > 0) {
            long delta = totals.total().minor() / 100 * config.pointsPerYuan();
            if (delta != 0) {
                points.add(new SaleEvent.PointsEntry(UuidV7.next(), t.memberCard(), delta, reason));
            }
        }
        return new SaleEvent(UuidV7.next(), UuidV7.next(), config.storeCode(), config.terminalCode(), 0, null, kind,
                t.originalSaleId(), cashier.id(), t.memberCard(), t.openedAt(), now, t.currency().getCurrencyCode(),
                totals.subtotal().minor(), totals.discounts().minor(), totals.tax().minor(), totals.total().minor(),
                sale.settlement().cashRounding().minor(), sale.settlement().change().minor(), offline, lines, payments,
                stock,
                points, t.coupons().stream()
                        .map(c -> new SaleEvent.CouponUse(c.couponId(), c.code(), c.amount().minor())).toList());
    }

    /** A made-to-order line's make-up as the wire carries it; null for goods sold as they are. */
    static SaleEvent.Options options(LineOptions o) {
        if (o == null) {
            return null;
        }
        return new SaleEvent.Options(o.basePrice().minor(), o.chosen().stream()
                .map(c -> new SaleEvent.Choice(c.groupCode(), c.optionCode(), c.nameZh(), c.nameEn(), c.count(),
                        c.unitDelta().minor(), c.stockSku()))
                .toList(), o.combo() == null ? null : o.combo().comboCode(),
                o.combo() == null ? null : o.combo().slotCode());
    }
}
