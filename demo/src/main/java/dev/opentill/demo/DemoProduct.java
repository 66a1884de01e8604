package dev.opentill.demo;

import java.util.List;
import java.util.UUID;

/**
 * One product row as the generator inserts it, with its barcodes (normalised), opening stock
 * (thousandths: grams for weighed goods) and an optional store price.
 */
record DemoProduct(UUID id, String sku, String nameZh, String nameEn, String pinyinInitials, String categoryCode,
        String taxClassCode, String scalePlu, long basePriceMinor, Integer quickKeyOrder, List<String> barcodes,
        long stockMilli, PriceWindow storePrice) {

    DemoProduct {
        barcodes = List.copyOf(barcodes);
    }

    boolean soldByWeight() {
        return scalePlu != null;
    }

    /** A store price valid from {@code fromDays} to {@code toDays} days after generation (negative: before). */
    record PriceWindow(long priceMinor, int fromDays, int toDays, String source) {
    }
}
