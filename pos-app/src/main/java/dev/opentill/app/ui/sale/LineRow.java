package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;
import java.util.Locale;
import java.util.UUID;

/** One ticket line as the list shows it, with the name in the cashier's language; {@code promotion}: the discount is a promotion's. */
public record LineRow(UUID id, String name, String sku, String quantity, Money price, Money discount, Money amount,
        boolean voided, boolean priceOverridden, boolean refund, boolean weighed, long quantityMilli,
        boolean promotion, String promotionName, String options) {

    static LineRow of(TicketLine l, Locale locale) {
        return of(l, locale, null);
    }

    /** {@code promotionName}: the name of the promotion the line's discount came from, when known. */
    static LineRow of(TicketLine l, Locale locale, String promotionName) {
        return new LineRow(l.id(), l.displayName(locale), l.sku(), Formats.quantity(l.quantityMilli(), l.weighed()),
                l.effectivePrice(),
                l.discount(), l.voided() ? Money.zero(l.unitPrice().currency()) : l.netAmount(), l.voided(),
                l.overridePrice() != null, l.isReturn(), l.weighed(), l.quantityMilli(), l.promotionId() != null,
                l.promotionId() == null ? null : promotionName,
                l.options() == null ? null : l.options().summary(locale));
    }
}
