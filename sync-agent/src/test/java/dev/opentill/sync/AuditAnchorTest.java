package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.id.UuidV7;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's audit head travels with every push and the centre keeps the highest one: cutting the
 * chain's tail or rewriting an entry the centre has seen raises the terminal's audit alarm, even
 * though the till's own key lets whoever holds the till recompute a chain that verifies.
 */
class AuditAnchorTest {
    @TempDir
    static Path centralDir;
    private static CentralFixture central;
    private static List<UUID> products;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.startEmbedded(centralDir);
        central.seedTaxAndCategory();
        products = central.products("AUDIT", 2);
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void theCentreKeepsTheHighestHeadAnHonestTillReports(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = till.agent()) {
            auditSellAndPush(till, agent, 1, 2, 3);
            auditSellAndPush(till, agent, 4, 5);

            Record t = terminal(store);
            assertThat(t.get(TERMINAL.AUDIT_HEAD_SEQ)).isEqualTo(5L);
            assertThat(t.get(TERMINAL.AUDIT_HEAD_HASH)).isEqualTo(hash(5));
            assertThat(t.get(TERMINAL.AUDIT_ALARM)).isNull();
        }
    }

    @Test
    void aChainWhoseTailWasCutRaisesTheAlarm(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = till.agent()) {
            auditSellAndPush(till, agent, 1, 2, 3);

            till.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(3L)).execute();
            auditSellAndPush(till, agent);

            Record t = terminal(store);
            assertThat(t.get(TERMINAL.AUDIT_ALARM)).isEqualTo("audit chain went back from entry 3 to 2");
            assertThat(t.get(TERMINAL.AUDIT_ALARM_AT)).isNotNull();
            assertThat(t.get(TERMINAL.AUDIT_HEAD_SEQ)).isEqualTo(3L);
        }
    }

    @Test
    void anAnchoredEntryRewrittenWhileTheChainGrewRaisesTheAlarm(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = till.agent()) {
            auditSellAndPush(till, agent, 1, 2, 3);

            // Every hash from entry 2 recomputed, as someone holding the till's key could.
            till.dsl().update(AUDIT_LOG).set(AUDIT_LOG.HASH, "f".repeat(64)).where(AUDIT_LOG.SEQ.eq(3L)).execute();
            auditSellAndPush(till, agent, 4, 5);

            Record t = terminal(store);
            assertThat(t.get(TERMINAL.AUDIT_ALARM)).isEqualTo("audit entry 3 was rewritten");
            assertThat(t.get(TERMINAL.AUDIT_HEAD_SEQ)).isEqualTo(3L);
        }
    }

    private static Record terminal(String store) {
        return central.dsl().select(TERMINAL.AUDIT_HEAD_SEQ, TERMINAL.AUDIT_HEAD_HASH, TERMINAL.AUDIT_ALARM,
                TERMINAL.AUDIT_ALARM_AT).from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                .where(STORE.CODE.eq(store)).and(TERMINAL.CODE.eq("T1")).fetchSingle();
    }

    /** Appends audit entries {@code seqs}, makes a sale and pushes it with the chain's head. */
    private static void auditSellAndPush(TillFixture till, SyncAgent agent, long... seqs) {
        audit(till, seqs);
        till.sell(products, null);
        agent.syncNow();
    }

    private static void audit(TillFixture till, long... seqs) {
        for (long seq : seqs) {
            till.dsl().insertInto(AUDIT_LOG).set(AUDIT_LOG.SEQ, seq).set(AUDIT_LOG.ID, UuidV7.next())
                    .set(AUDIT_LOG.AT, OffsetDateTime.now(ZoneOffset.UTC)).set(AUDIT_LOG.TERMINAL_CODE, "T1")
                    .set(AUDIT_LOG.ACTION, "SALE_COMPLETED").set(AUDIT_LOG.PREV_HASH, hash(seq - 1))
                    .set(AUDIT_LOG.HASH, hash(seq)).execute();
        }
    }

    private static String hash(long seq) {
        return String.format("%064x", seq * 7919);
    }
}
