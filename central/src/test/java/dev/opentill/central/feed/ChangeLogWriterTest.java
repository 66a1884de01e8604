package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.FEED_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.db.CentralDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangeLogWriterTest {
    private static EmbeddedPostgres pg;
    private static CentralDatabase db;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        db = CentralDatabase.open(CentralConfig.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", 0, "t")
                .withPoolSize(8).database());
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        pg.close();
    }

    @Test
    void concurrentWritersGetAGaplessSequenceThatCommitsInOrder() throws Exception {
        long before = db.dsl().select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).fetchSingle().value1();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID store = i % 2 == 0 ? null : UUID.randomUUID();
            String key = "p" + i;
            results.add(pool.submit(() -> db.dsl().transactionResult(cfg -> ChangeLogWriter.append(cfg.dsl(),
                    List.of(new ChangeLogWriter.Change(store, "product", key + "a"),
                            new ChangeLogWriter.Change(store, "product", key + "b")),
                    OffsetDateTime.now()))));
        }
        List<Long> lasts = new ArrayList<>();
        for (Future<Long> f : results) {
            lasts.add(f.get());
        }
        pool.shutdown();

        List<Long> seqs = db.dsl().select(CHANGE_LOG.SEQ).from(CHANGE_LOG).where(CHANGE_LOG.SEQ.gt(before))
                .orderBy(CHANGE_LOG.SEQ).fetch(CHANGE_LOG.SEQ);
        assertThat(seqs).hasSize(120);
        assertThat(seqs.get(0)).isEqualTo(before + 1);
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(before + 120);
        assertThat(lasts).doesNotHaveDuplicates().allMatch(l -> (l - before) % 2 == 0);
        assertThat(db.dsl().select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).fetchSingle().value1())
                .isEqualTo(before + 120);
    }

    @Test
    void aThingKeepsOnlyItsLatestEntryPerStore() {
        UUID storeA = UUID.randomUUID();
        UUID storeB = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        long first = append(new ChangeLogWriter.Change(null, "product", key),
                new ChangeLogWriter.Change(storeA, "stock", key), new ChangeLogWriter.Change(storeB, "stock", key));
        long second = append(new ChangeLogWriter.Change(storeA, "stock", key),
                new ChangeLogWriter.Change(storeA, "stock", key), new ChangeLogWriter.Change(null, "product", key));

        var entries = db.dsl().select(CHANGE_LOG.SEQ, CHANGE_LOG.STORE_ID, CHANGE_LOG.ENTITY).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY_KEY.eq(key)).orderBy(CHANGE_LOG.SEQ).fetch();
        // Store B's entry is untouched; store A's and the chain-wide one moved to the second append,
        // where the repeated change of store A's stock became one entry.
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).value1()).isEqualTo(first);
        assertThat(entries.get(0).value2()).isEqualTo(storeB);
        assertThat(entries.get(1).value1()).isEqualTo(second - 1);
        assertThat(entries.get(1).value2()).isEqualTo(storeA);
        assertThat(entries.get(2).value1()).isEqualTo(second);
        assertThat(entries.get(2).value2()).isNull();
        assertThat(entries.get(2).value3()).isEqualTo("product");
    }

    @Test
    void taxClassesAndCategoriesKeepEveryEntrySoProductsNeverMeetThemLate() {
        String key = "T" + UUID.randomUUID().toString().substring(0, 8);
        long first = append(new ChangeLogWriter.Change(null, "tax_class", key));
        long second = append(new ChangeLogWriter.Change(null, "tax_class", key));

        assertThat(db.dsl().select(CHANGE_LOG.SEQ).from(CHANGE_LOG).where(CHANGE_LOG.ENTITY_KEY.eq(key))
                .orderBy(CHANGE_LOG.SEQ).fetch(CHANGE_LOG.SEQ)).containsExactly(first, second);
    }

    private static long append(ChangeLogWriter.Change... changes) {
        return db.dsl().transactionResult(cfg -> ChangeLogWriter.append(cfg.dsl(), List.of(changes),
                OffsetDateTime.now()));
    }
}
