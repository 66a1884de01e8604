package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.FEED_COUNTER;
import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.central.jooq.Tables.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.Product;
import dev.opentill.store.jooq.tables.ProductBarcode;
import dev.opentill.sync.internal.FeedApplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.store.jooq.Tables;

class FaultInjectionTest {
    private static final Product TILL_PRODUCT = Tables.PRODUCT;
    private static final ProductBarcode TILL_BARCODE = Tables.PRODUCT_BARCODE;
    private static CentralFixture central;
    private static List<UUID> products;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
        central.seedTaxAndCategory();
        products = central.products("FAULT", 5);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void aConnectionCutAfterTheCentreCommitsLeavesExactlyOneSaleAfterTheRetry(@TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = till.agent()) {
            SaleEvent sale = till.sell(products.subList(0, 3), null);
            proxy.dropAnswers(1);

            SyncStatus cut = agent.syncNow();
            int atCentreAfterCut = central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()));
            SyncStatus retried = agent.syncNow();

            assertThat(cut.lastError().kind()).isEqualTo(SyncError.Kind.UNREACHABLE);
            assertThat(cut.pendingCount()).isEqualTo(1);
            assertThat(atCentreAfterCut).isEqualTo(1);
            assertThat(retried.lastError()).isNull();
            assertThat(retried.pendingCount()).isZero();
            assertThat(central.dsl().fetchCount(SALE, SALE.EVENT_ID.eq(sale.eventId()))).isEqualTo(1);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.EVENT_ID.eq(sale.eventId()))).isEqualTo(3);
        }
    }

    @Test
    void aPushAnswerCutHalfWayIsANetworkInterruptionNotAWrongAddress(@TempDir Path dir) throws Exception {
        String store = CentralFixture.unique("S");
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, store, "T1", proxy.url());
                SyncAgent agent = till.agent()) {
            for (int i = 0; i < 300; i++) {
                till.sell(List.of(products.get(i % products.size())), null);
            }
            UUID storeId = central.dsl().select(STORE.ID).from(STORE).where(STORE.CODE.eq(store)).fetchSingle(STORE.ID);
            proxy.cutAnswerAfter(2_000); // inside the acks array of the answer

            SyncStatus cut = agent.syncNow();
            SyncStatus retried = agent.syncNow();

            assertThat(cut.lastError().kind()).isEqualTo(SyncError.Kind.INTERRUPTED);
            assertThat(cut.lastError().message(Locale.ENGLISH)).doesNotContain("not an OpenTill central platform");
            assertThat(cut.pendingCount()).isEqualTo(300);
            assertThat(retried.lastError()).isNull();
            assertThat(retried.pendingCount()).isZero();
            assertThat(central.dsl().fetchCount(SALE, SALE.STORE_ID.eq(storeId))).isEqualTo(300);
        }
    }

    @Test
    void aFeedPageCutHalfWayIsANetworkInterruptionAndThePageIsPulledAgain(@TempDir Path dir) throws Exception {
        central.products("CUT", 400);
        try (FaultProxy proxy = new FaultProxy(central.port());
                TillFixture till = TillFixture.enrolled(dir, central, CentralFixture.unique("S"), "T1", proxy.url());
                SyncAgent agent = till.agent()) {
            proxy.cutAnswerAfter(3_000);

            SyncStatus cut = agent.syncNow();
            long cursorAfterCut = new FeedApplier(till.dsl(), SyncJson.mapper()).cursor();
            int productsAfterCut = till.dsl().fetchCount(TILL_PRODUCT);
            SyncStatus again = agent.syncNow();

            assertThat(cut.lastError().kind()).isEqualTo(SyncError.Kind.INTERRUPTED);
            assertThat(cut.lastError().message(Locale.ENGLISH)).doesNotContain("Rollback");
            assertThat(cursorAfterCut).isZero();
            assertThat(productsAfterCut).isZero();
            assertThat(again.lastError()).isNull();
            assertThat(till.dsl().fetchCount(TILL_PRODUCT, TILL_PRODUCT.SKU.startsWith("CUT"))).isEqualTo(400);
        }
    }

    @Test
    void theCentreRestartedMidBatchStoresEverySaleExactlyOnce(@TempDir Path dir) throws Exception {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url())) {
            int sales = 1500;
            for (int i = 0; i < sales; i++) {
                till.sell(List.of(products.get(i % products.size())), null);
            }
            UUID storeId = central.dsl().select(STORE.ID).from(STORE).where(STORE.CODE.eq(store)).fetchSingle(STORE.ID);
            try (SyncAgent agent = SyncAgent.create(till.store(), TillFixture.testConfig().withBatches(100, 1000))) {
                agent.start();
                await(() -> central.dsl().fetchCount(SALE, SALE.STORE_ID.eq(storeId)) > 0);
                int beforeRestart = central.dsl().fetchCount(SALE, SALE.STORE_ID.eq(storeId));
                central.restart();
                await(() -> till.pending() == 0);

                assertThat(beforeRestart).isLessThan(sales);
            }
            assertThat(central.dsl().fetchCount(SALE, SALE.STORE_ID.eq(storeId))).isEqualTo(sales);
            assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.STORE_ID.eq(storeId))).isEqualTo(sales);
        }
    }

    @Test
    void aTillKilledMidPullKeepsItsCursorConsistentWithWhatItApplied(@TempDir Path dir) throws Exception {
        String store = CentralFixture.unique("S");
        central.products("KILL", 4000);
        Path db;
        try (FaultProxy proxy = new FaultProxy(central.port())) {
            try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", proxy.url())) {
                db = till.store().file();
            }
            proxy.throttle(40_000);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true",
                    PullChild.class.getName(), db.toString(), "500").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            await(() -> proxy.bytesToClient() > 60_000 || !child.isAlive());
            boolean killedWhilePulling = child.isAlive();
            child.destroyForcibly().waitFor();
            assertThat(killedWhilePulling).as(Files.readString(dir.resolve("child.log"))).isTrue();
            proxy.throttle(0);

            long finalPosition = central.dsl().select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER)
                    .fetchSingle(FEED_COUNTER.LAST_SEQ);
            try (TillStore till = TillStore.open(db)) {
                long cursor = new FeedApplier(till.dsl(), SyncJson.mapper()).cursor();
                var product = TILL_PRODUCT;
                var barcode = TILL_BARCODE;

                assertThat(cursor).isLessThan(finalPosition);
                assertThat(till.dsl().fetchCount(product)).isEqualTo(productsAnnouncedThrough(cursor));
                assertThat(till.dsl().fetchCount(barcode)).isEqualTo(till.dsl().fetchCount(product));

                try (SyncAgent agent = SyncAgent.create(till, TillFixture.testConfig().withBatches(100, 500))) {
                    SyncStatus done = agent.syncNow();
                    assertThat(done.lastError()).isNull();
                }
                assertThat(new FeedApplier(till.dsl(), SyncJson.mapper()).cursor()).isEqualTo(finalPosition);
                assertThat(till.dsl().fetchCount(product)).isEqualTo(productsAnnouncedThrough(finalPosition));
            }
        }
    }

    private static int productsAnnouncedThrough(long position) {
        return central.dsl().select(DSL.countDistinct(CHANGE_LOG.ENTITY_KEY)).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq(FeedRecords.PRODUCT)).and(CHANGE_LOG.SEQ.le(position)).fetchSingle()
                .value1();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 90 s");
            }
            Thread.sleep(20);
        }
    }

    static List<UUID> ids(List<SaleEvent> sales) {
        List<UUID> out = new ArrayList<>();
        sales.forEach(s -> out.add(s.eventId()));
        return out;
    }
}
