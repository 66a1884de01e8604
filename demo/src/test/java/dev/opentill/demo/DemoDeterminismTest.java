package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.security.PinHasher;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;

class DemoDeterminismTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameCatalog() {
        assertThat(catalog("a", 7)).isEqualTo(catalog("b", 7));
    }

    @Test
    void anotherSeedGivesAnotherCatalogWithTheSameKnownItems() {
        List<List<Object>> first = catalog("a", 7);
        List<List<Object>> other = catalog("b", 8);
        assertThat(other).isNotEqualTo(first);
        assertThat(knownProducts(other)).hasSize(DemoCatalog.PRODUCTS.size()).isEqualTo(knownProducts(first));
    }

    /** The known products' rows without their ids, which come from the seed. */
    private static List<List<Object>> knownProducts(List<List<Object>> catalog) {
        return catalog.stream().filter(r -> r.size() == 10 && !r.get(0).toString().startsWith("P"))
                .map(r -> {
                    List<Object> withoutId = new ArrayList<>(r);
                    withoutId.remove(1);
                    return withoutId;
                }).toList();
    }

    /** Every product's row with its barcodes, and the members, ordered by their keys. */
    private List<List<Object>> catalog(String name, long seed) {
        try (TillStore store = TillStore.open(dir.resolve(name))) {
            new DemoStoreGenerator(store.dsl(), CLOCK, new PinHasher(1000)).generate(150, 200, seed, done -> {
            });
            List<List<Object>> rows = new ArrayList<>();
            store.dsl().selectFrom(PRODUCT).orderBy(PRODUCT.SKU).fetch()
                    .forEach(p -> rows.add(List.of(p.getSku(), p.getId(), p.getNameZh(), p.getNameEn(),
                            p.getPinyinInitials(), p.getCategoryCode(), p.getTaxClassCode(), p.getBasePriceMinor(),
                            String.valueOf(p.getScalePlu()), String.valueOf(p.getQuickKeyOrder()))));
            store.dsl().selectFrom(PRODUCT_BARCODE).orderBy(PRODUCT_BARCODE.CODE).fetch()
                    .forEach(b -> rows.add(List.of(b.getCode(), b.getProductId())));
            store.dsl().selectFrom(MEMBER).orderBy(MEMBER.CARD_NO).fetch()
                    .forEach(m -> rows.add(List.of(m.getCardNo(), m.getName(), m.getTier(), m.getPointsBalance())));
            return rows;
        }
    }
}
