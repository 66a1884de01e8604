package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.PRICE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.admin.ImportRecords.PriceRow;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.central.db.CentralDatabase;
import dev.opentill.central.error.CentralException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.central.jooq.Tables;

/** Imports are written in chunks but apply whole or not at all. */
class CatalogImportTest {
    @TempDir
    Path dir;
    private CentralDatabase db;
    private CatalogImport catalog;

    @BeforeEach
    void open() {
        db = CentralDatabase.open(CentralConfig.embedded(dir, 0, "t").database());
        catalog = new CatalogImport(db.dsl(), Clock.systemUTC());
        catalog.taxClasses(List.of(new TaxClassRow("VAT13", "增值税13%", "VAT 13%", 1300)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ProductRow product(int i) {
        return new ProductRow("SKU" + i, "商品" + i, "Item " + i, null, "VAT13", 100 + i, List.of("20" + (1000000 + i)),
                false, null, true);
    }

    @Test
    void aBadRowInALaterChunkLeavesNothingOfTheImport() {
        long feedBefore = db.dsl().fetchCount(CHANGE_LOG);
        List<ProductRow> rows = new ArrayList<>(IntStream.range(0, 4500).mapToObj(CatalogImportTest::product).toList());
        rows.add(new ProductRow("BAD", "坏", "Bad", null, "NO_SUCH_TAX", 100, List.of(), false, null, true));

        assertThatThrownBy(() -> catalog.products(rows.iterator())).isInstanceOf(CentralException.class)
                .hasMessageContaining("unknown tax class NO_SUCH_TAX");
        assertThat(db.dsl().fetchCount(PRODUCT)).isZero();
        assertThat(db.dsl().fetchCount(CHANGE_LOG)).isEqualTo(feedBefore);

        assertThat(catalog.products(rows.subList(0, 4500).iterator())).isEqualTo(4500);
        assertThat(db.dsl().fetchCount(PRODUCT)).isEqualTo(4500);
    }

    @Test
    void anUnknownSkuAmongPricesLeavesNoPriceOfTheImport() {
        catalog.products(IntStream.range(0, 10).mapToObj(CatalogImportTest::product).iterator());
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        List<PriceRow> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(new PriceRow("SKU" + (i % 10), null, 90 + i, from.plusSeconds(i), null));
        }
        rows.add(new PriceRow("NOPE", null, 90, from, null));

        assertThatThrownBy(() -> catalog.prices(rows.iterator())).hasMessage("unknown SKU NOPE");
        assertThat(db.dsl().fetchCount(PRICE)).isZero();
    }

    @Test
    void theSameSkuTwiceIsNamed() {
        assertThatThrownBy(() -> catalog.products(List.of(product(1), product(2), product(1)).iterator()))
                .hasMessage("SKU SKU1 appears twice in this import");
        assertThat(db.dsl().fetchCount(PRODUCT)).isZero();
    }

    @Test
    void membersAreCreatedOnceAndUpdatedByCard() {
        var member = Tables.MEMBER;
        new MemberImport(db.dsl(), Clock.systemUTC())
                .members(List.of(new ImportRecords.MemberRow("C1", "138", "Li", "silver"),
                        new ImportRecords.MemberRow("C2", null, "Wang", "gold")).iterator());
        UUID id = db.dsl().select(member.ID).from(member).where(member.CARD_NO.eq("C1")).fetchSingle().value1();

        new MemberImport(db.dsl(), Clock.systemUTC())
                .members(List.of(new ImportRecords.MemberRow("C1", "139", "Li Na", "gold")).iterator());

        assertThat(db.dsl().fetchCount(member)).isEqualTo(2);
        var c1 = db.dsl().selectFrom(member).where(member.CARD_NO.eq("C1")).fetchSingle();
        assertThat(c1.getId()).isEqualTo(id);
        assertThat(c1.getName() + " " + c1.getTier() + " " + c1.getPhone()).isEqualTo("Li Na gold 139");
    }

    @Test
    void aPriceWindowImportedAgainIsReplacedNotDoubled() {
        catalog.products(IntStream.range(0, 2).mapToObj(CatalogImportTest::product).iterator());
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        catalog.prices(List.of(new PriceRow("SKU0", null, 100, from, null), new PriceRow("SKU0", null, 110, from, null),
                new PriceRow("SKU1", null, 200, from, null)).iterator());
        catalog.prices(List.of(new PriceRow("SKU1", null, 210, from, null)).iterator());

        assertThat(db.dsl().select(PRICE.PRICE_MINOR).from(PRICE).orderBy(PRICE.PRICE_MINOR).fetch(PRICE.PRICE_MINOR))
                .containsExactly(110L, 210L);
    }
}
