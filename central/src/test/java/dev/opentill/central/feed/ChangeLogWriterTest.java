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
                .withPoolSize(8));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        pg.close();
    }

    @Test
    void concurrentWritersGetAGaplessSequenceThatCommitsInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID store = i % 2 == 0 ? null : UUID.randomUUID();
            results.add(pool.submit(() -> db.dsl().transactionResult(cfg -> ChangeLogWriter.append(cfg.dsl(),
                    List.of(new ChangeLogWriter.Change(store, "product", "a"),
                            new ChangeLogWriter.Change(store, "product", "b")), OffsetDateTime.now()))));
        }
        List<Long> lasts = new ArrayList<>();
        for (Future<Long> f : results) {
            lasts.add(f.get());
        }
        pool.shutdown();

        List<Long> seqs = db.dsl().select(CHANGE_LOG.SEQ).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ).fetch(CHANGE_LOG.SEQ);
        assertThat(seqs).hasSize(120);
        assertThat(seqs.get(0)).isEqualTo(1);
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(120);
        assertThat(lasts).doesNotHaveDuplicates().allMatch(l -> l % 2 == 0);
        assertThat(db.dsl().select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).fetchSingle().value1()).isEqualTo(120);
    }
}
