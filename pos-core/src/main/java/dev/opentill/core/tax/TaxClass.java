package dev.opentill.core.tax;

import java.math.BigDecimal;

/**
 * A tax class with its rate in basis points (1300 = 13%). Chinese VAT classes are 13%, 9%, 6%
 * and 0%; the code is what the catalog references.
 */
public record TaxClass(String code, String name, int rateBasisPoints) {
    public TaxClass {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Tax class code is required");
        }
        if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
            throw new IllegalArgumentException("Tax rate out of range (0..100%): " + rateBasisPoints + " bp");
        }
    }

    /** Rate as text, e.g. "13%" or "6.5%". */
    public String rateText() {
        return BigDecimal.valueOf(rateBasisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }
}
