package dev.opentill.app.sale;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.ScanResult;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.catalog.QuickKeyPage;
import java.util.List;
import java.util.Optional;

/** {@link ProductLookup} over the till's catalog. */
public final class CatalogLookup implements ProductLookup {
    private final CatalogRepository catalog;
    private final BarcodeParser parser;

    public CatalogLookup(CatalogRepository catalog, BarcodeParser parser) {
        this.catalog = catalog;
        this.parser = parser;
    }

    @Override
    public Optional<Product> priceCheck(String code) {
        ScanResult r = parser.parse(code);
        if (r instanceof ScanResult.ProductCode pc) {
            return catalog.byCode(pc.code());
        }
        if (r instanceof ScanResult.VariableMeasure vm) {
            return catalog.byScalePlu(vm.itemCode());
        }
        return Optional.empty();
    }

    @Override
    public List<Product> search(String query, int limit) {
        return catalog.search(query, limit);
    }

    @Override
    public List<QuickKeyPage> quickKeys() {
        return catalog.quickKeyPages();
    }
}
