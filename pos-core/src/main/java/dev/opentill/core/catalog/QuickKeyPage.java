package dev.opentill.core.catalog;

import java.util.List;

/** One tab of the quick-key grid: a category marked as quick keys, with its products in key order. */
public record QuickKeyPage(String categoryCode, String nameZh, String nameEn, List<Product> products) {

    public QuickKeyPage {
        products = List.copyOf(products);
    }
}
