package dev.opentill.core.catalog;

import dev.opentill.core.money.Money;
import java.util.UUID;
import java.util.Locale;

/**
 * A sellable product as the till prices it: the store's current price and tax rate already
 * resolved. {@code soldByWeight} products have a price per kilogram and quantities in grams.
 */
public record Product(
        UUID id, String sku, String nameZh, String nameEn, String categoryCode, String taxClassCode,
        int taxRateBasisPoints, Money price, boolean soldByWeight, String scalePlu) {

    public Product {
        if (id == null || sku == null || price == null) {
            throw new IllegalArgumentException("Product needs id, sku and price");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("Product price must not be negative: " + sku);
        }
    }

    /** The name to show in a locale: Chinese for zh, English otherwise, falling back to the other. */
    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, sku);
    }
}
