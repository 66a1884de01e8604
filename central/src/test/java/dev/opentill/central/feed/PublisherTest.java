package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.admin.CatalogImport;
import dev.opentill.central.admin.MemberImport;
import dev.opentill.central.admin.ImportRecords.MemberRow;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.StockLine;
import dev.opentill.central.admin.ImportRecords.StockReceipt;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.central.admin.StoreAdmin;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.db.CentralDatabase;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.FeedRecords;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The balance publisher on real PostgreSQL: every ledger entry is counted exactly once. */
class PublisherTest {
    private EmbeddedPostgres pg;

    @BeforeEach
    void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterEach
    void stop() throws Exception {
        pg.close();
    }

    private CentralDatabase open() {
        return CentralDatabase
                .open(CentralConfig.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", 0, "t")
                        .withPoolSize(8).database());
    }

    @Test
    void aBatchThatWouldOverflowABalanceIsSetAsideAndTheBatchesAfterItAreStillFolded() {
        try (CentralDatabase db = open()) {
            Clock clock = Clock.systemUTC();
            StoreAdmin admin = new StoreAdmin(db.dsl(), new TerminalAuth(db.dsl(), clock), clock);
            CatalogImport catalog = new CatalogImport(db.dsl(), clock);
            catalog.taxClasses(List.of(new TaxClassRow("VAT13", "增值税13%", "VAT 13%", 1300)));
            catalog.products(List
                    .of(new ProductRow("P1", "可乐", "Cola", null, "VAT13", 300, List.of(), false, null, true),
                            new ProductRow("P2", "雪碧", "Sprite", null, "VAT13", 300, List.of(), false, null, true))
                    .iterator());
            UUID store = admin.createStore("S1", "One").id();
            Publisher publisher = new Publisher(db.dsl(), clock);
            admin.receiveStock("S1", new StockReceipt("R1", List.of(new StockLine("P1", 1000))));
            publisher.publishAll();
            // What a pushed sale could carry before ingest checked ranges: P1's balance would overflow.
            UUID bad = UuidV7.next();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            db.dsl().insertInto(LEDGER_BATCH).set(LEDGER_BATCH.ID, bad).set(LEDGER_BATCH.CREATED_AT, now).execute();
            db.dsl().insertInto(STOCK_LEDGER).set(STOCK_LEDGER.ID, UuidV7.next()).set(STOCK_LEDGER.STORE_ID, store)
                    .set(STOCK_LEDGER.PRODUCT_ID, productId(db, "P1"))
                    .set(STOCK_LEDGER.DELTA_MILLI, Long.MAX_VALUE - 10)
                    .set(STOCK_LEDGER.REASON, "SALE").set(STOCK_LEDGER.CREATED_AT, now)
                    .set(STOCK_LEDGER.RECORDED_AT, now)
                    .set(STOCK_LEDGER.BATCH_ID, bad).execute();
            admin.receiveStock("S1", new StockReceipt("R2", List.of(new StockLine("P2", 2000))));

            publisher.publishAll();

            assertThat(db.dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE)
                    .where(STOCK_BALANCE.PRODUCT_ID.eq(productId(db, "P2"))).fetchOne(STOCK_BALANCE.BALANCE_MILLI))
                    .isEqualTo(2000L);
            assertThat(db.dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE)
                    .where(STOCK_BALANCE.PRODUCT_ID.eq(productId(db, "P1"))).fetchOne(STOCK_BALANCE.BALANCE_MILLI))
                    .isEqualTo(1000L);
            assertThat(publisher.setAside()).extracting(Publisher.SetAside::batchId).containsExactly(bad);
            assertThat(publisher.publishAll()).isZero();
        }
    }

    private static UUID productId(CentralDatabase db, String sku) {
        return db.dsl().select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(sku)).fetchSingle(PRODUCT.ID);
    }

    @Test
    void receiptsFoldedByTwoConcurrentPublishersAreEachCountedOnce() throws Exception {
        try (CentralDatabase db = open()) {
            Clock clock = Clock.systemUTC();
            StoreAdmin admin = new StoreAdmin(db.dsl(), new TerminalAuth(db.dsl(), clock), clock);
            CatalogImport catalog = new CatalogImport(db.dsl(), clock);
            catalog.taxClasses(List.of(new TaxClassRow("VAT13", "增值税13%", "VAT 13%", 1300)));
            catalog.products(List
                    .of(new ProductRow("P1", "可乐", "Cola", null, "VAT13", 300, List.of(), false, null, true),
                            new ProductRow("P2", "雪碧", "Sprite", null, "VAT13", 300, List.of(), false, null, true))
                    .iterator());
            admin.createStore("S1", "One");
            Publisher publisher = new Publisher(db.dsl(), clock);
            AtomicBoolean receiving = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> publishers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                publishers.add(pool.submit(() -> {
                    int folded = 0;
                    while (receiving.get()) {
                        folded += publisher.publishAll();
                    }
                    return folded;
                }));
            }
            List<Future<?>> receivers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                receivers.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        admin.receiveStock("S1", new StockReceipt("R" + i,
                                List.of(new StockLine("P1", 1000), new StockLine("P2", 2000))));
                    }
                    return null;
                }));
            }
            for (Future<?> f : receivers) {
                f.get();
            }
            receiving.set(false);
            int folded = 0;
            for (Future<Integer> f : publishers) {
                folded += f.get();
            }
            folded += publisher.publishAll();
            pool.shutdown();

            assertThat(folded).isEqualTo(400);
            assertThat(db.dsl().fetchCount(LEDGER_BATCH)).isZero();
            assertThat(db.dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE)
                    .orderBy(STOCK_BALANCE.BALANCE_MILLI).fetch(STOCK_BALANCE.BALANCE_MILLI))
                    .containsExactly(200_000L, 400_000L);
            assertThat(publisher.publishAll()).isZero();
        }
    }

    /**
     * A centre upgraded from schema version 2, where the publisher marked entries with
     * {@code published_seq}: what was published stays counted once, what was not is published.
     */
    @Test
    void anUpgradePublishesWhatVersionTwoLeftUnpublishedNothingTwiceAndCompactsTheLog() throws Exception {
        UUID store = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        OffsetDateTime then = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations(CentralDatabase.MIGRATIONS).target("2")
                .load().migrate();
        DSLContext v2 = DSL.using(pg.getPostgresDatabase(), SQLDialect.POSTGRES);
        // Written with names, not generated classes: these columns no longer exist after the upgrade.
        var stock = DSL.table(DSL.name("stock_ledger"));
        var points = DSL.table(DSL.name("points_ledger"));
        long[][] stockRows = {{10_000, 1}, {3_000, 0}, {4_000, 0}};
        for (long[] r : stockRows) {
            v2.insertInto(stock).set(DSL.field(DSL.name("id")), UUID.randomUUID())
                    .set(DSL.field(DSL.name("store_id")), store).set(DSL.field(DSL.name("product_id")), product)
                    .set(DSL.field(DSL.name("delta_milli")), r[0]).set(DSL.field(DSL.name("reason")), "sale")
                    .set(DSL.field(DSL.name("created_at")), then).set(DSL.field(DSL.name("recorded_at")), then)
                    .set(DSL.field(DSL.name("published_seq")), r[1] == 1 ? 5L : null).execute();
        }
        v2.insertInto(DSL.table(DSL.name("stock_balance"))).set(DSL.field(DSL.name("store_id")), store)
                .set(DSL.field(DSL.name("product_id")), product).set(DSL.field(DSL.name("balance_milli")), 10_000L)
                .set(DSL.field(DSL.name("as_of")), then).execute();
        long[][] pointRows = {{100, 1}, {7, 0}};
        for (long[] r : pointRows) {
            v2.insertInto(points).set(DSL.field(DSL.name("id")), UUID.randomUUID())
                    .set(DSL.field(DSL.name("member_card")), "M1").set(DSL.field(DSL.name("delta")), r[0])
                    .set(DSL.field(DSL.name("reason")), "earn").set(DSL.field(DSL.name("created_at")), then)
                    .set(DSL.field(DSL.name("recorded_at")), then)
                    .set(DSL.field(DSL.name("published_seq")), r[1] == 1 ? 6L : null).execute();
        }

        // Change log entries of version 2: a product changed twice, and one store's stock of it.
        Object[][] log = {{1L, null, "product"}, {2L, store, "stock"}, {3L, null, "product"}};
        for (Object[] e : log) {
            v2.insertInto(DSL.table(DSL.name("change_log"))).set(DSL.field(DSL.name("seq")), e[0])
                    .set(DSL.field(DSL.name("store_id")), e[1]).set(DSL.field(DSL.name("entity")), e[2])
                    .set(DSL.field(DSL.name("entity_key")), product.toString())
                    .set(DSL.field(DSL.name("changed_at")), then).execute();
        }
        v2.update(DSL.table(DSL.name("feed_counter"))).set(DSL.field(DSL.name("last_seq")), 3L).execute();

        try (CentralDatabase db = open()) {
            Clock clock = Clock.systemUTC();
            // The upgrade compacted the log to each thing's latest entry.
            assertThat(db.dsl().select(CHANGE_LOG.SEQ).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ).fetch(CHANGE_LOG.SEQ))
                    .containsExactly(2L, 3L);
            // The member arrives after the upgrade: it starts from the published entries only.
            new MemberImport(db.dsl(), clock).members(List.of(new MemberRow("M1", null, "Li", "gold")).iterator());
            assertThat(db.dsl().select(MEMBER.POINTS_BALANCE).from(MEMBER).fetchSingle().value1()).isEqualTo(100L);

            Publisher publisher = new Publisher(db.dsl(), clock);
            assertThat(publisher.publishAll()).isEqualTo(3);
            assertThat(publisher.publishAll()).isZero();

            assertThat(db.dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE).fetchSingle().value1())
                    .isEqualTo(17_000L);
            assertThat(db.dsl().select(MEMBER.POINTS_BALANCE).from(MEMBER).fetchSingle().value1()).isEqualTo(107L);
            // Publishing superseded the stock entry of version 2 and the member's entry of its import
            // (seq 4); the product's stays.
            assertThat(db.dsl().select(CHANGE_LOG.SEQ, CHANGE_LOG.ENTITY).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ)
                    .fetch(r -> r.value1() + " " + r.value2()))
                    .containsExactly("3 product", "5 " + FeedRecords.STOCK, "6 " + FeedRecords.MEMBER);
        }
    }
}
