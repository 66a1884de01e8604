package dev.opentill.app.sale;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.catalog.QuickKeyPage;
import java.util.List;
import java.util.Optional;

/** Finding products without selling them: price check, search and the quick-key grid. */
public interface ProductLookup {

    Optional<Product> priceCheck(String code);

    /** Products whose name, SKU, barcode or pinyin initials (e.g. "kf" for 咖啡) match. */
    List<Product> search(String query, int limit);

    /** The quick-key grid: categories marked as quick keys, each with its products in key order. */
    List<QuickKeyPage> quickKeys();
}
