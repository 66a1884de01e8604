package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aStorePriceBeatsANewerChainPriceInsideItsWindowAndExpiredPricesAreIgnored() {
        try (TillStore store = TillFixture.newStore(dir)) {
            var dsl = store.dsl();
            UUID cola = dsl.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq("COLA")).fetchSingle().value1();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            price(store, cola, 200, now.minusDays(10), now.minusDays(1), "store");
            price(store, cola, 300, now.minusDays(2), null, "store");
            price(store, cola, 320, now.minusHours(1), null, "chain");
            var catalog = new CatalogRepository(dsl, Money.CNY, Clock.systemUTC());

            assertThat(catalog.byCode(TestStores.COLA)).get().extracting(p -> p.price().minor()).isEqualTo(300L);
        }
    }

    @Test
    void withNoValidPriceEntryTheBasePriceApplies() {
        try (TillStore store = TillFixture.newStore(dir)) {
            var catalog = new CatalogRepository(store.dsl(), Money.CNY, Clock.systemUTC());
            assertThat(catalog.byCode(TestStores.COLA)).get().extracting(p -> p.price().minor()).isEqualTo(350L);
        }
    }

    private static void price(TillStore store, UUID product, long minor, OffsetDateTime from, OffsetDateTime to,
            String source) {
        store.dsl().insertInto(PRICE_ENTRY).set(PRICE_ENTRY.ID, UUID.randomUUID()).set(PRICE_ENTRY.PRODUCT_ID, product)
                .set(PRICE_ENTRY.PRICE_MINOR, minor).set(PRICE_ENTRY.VALID_FROM, from).set(PRICE_ENTRY.VALID_TO, to)
                .set(PRICE_ENTRY.SOURCE, source).execute();
    }
}
