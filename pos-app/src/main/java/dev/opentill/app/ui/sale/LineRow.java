package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;
import java.util.Locale;
import java.util.UUID;

/** One ticket line as the list shows it, with the name in the cashier's language. */
public record LineRow(UUID id, String name, String sku, String quantity, Money price, Money discount, Money amount,
        boolean voided, boolean priceOverridden, boolean refund, boolean weighed, long quantityMilli) {

    static LineRow of(TicketLine l, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        String name = zh ? firstNonBlank(l.nameZh(), l.nameEn(), l.sku()) : firstNonBlank(l.nameEn(), l.nameZh(), l.sku());
        return new LineRow(l.id(), name, l.sku(), Formats.quantity(l.quantityMilli(), l.weighed()), l.effectivePrice(),
                l.discount(), l.voided() ? Money.zero(l.unitPrice().currency()) : l.netAmount(), l.voided(),
                l.overridePrice() != null, l.isReturn(), l.weighed(), l.quantityMilli());
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return "";
    }
}
