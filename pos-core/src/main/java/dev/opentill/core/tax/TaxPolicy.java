package dev.opentill.core.tax;

import dev.opentill.core.money.CashRounding;
import java.util.Currency;
import dev.opentill.core.money.Money;

/** The store's pricing rules: currency, tax mode, tax rounding and cash rounding. */
public record TaxPolicy(Currency currency, TaxMode mode, TaxRounding rounding, CashRounding cashRounding) {
    public TaxPolicy {
        if (currency == null || mode == null || rounding == null || cashRounding == null) {
            throw new IllegalArgumentException("Tax policy needs currency, mode, rounding and cash rounding");
        }
    }

    /** China default: CNY, VAT-inclusive prices, tax per total, no cash rounding. */
    public static TaxPolicy chinaDefault() {
        return new TaxPolicy(Money.CNY, TaxMode.INCLUSIVE, TaxRounding.PER_TOTAL, CashRounding.NONE);
    }
}
