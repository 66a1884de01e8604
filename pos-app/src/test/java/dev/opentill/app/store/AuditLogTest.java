package dev.opentill.app.store;

import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.AuditLogRecord;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit chain on a real store, against someone who can edit the store file but does not hold the till's key. */
class AuditLogTest {
    @TempDir
    Path dir;
    TillStore store;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DSLContext dsl() {
        return store.dsl();
    }

    private long sellACola(TillServices till) {
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CASH, Money.parse("5.00", Money.CNY), null);
        till.tender().complete();
        return dsl().select(DSL.max(SALE.AUDIT_SEQ)).from(SALE).fetchSingle().value1();
    }

    @Test
    void deletingTheLastEntriesIsCaughtAgainstTheLastSalesAuditSeq() {
        long saleSeq = sellACola(TillFixture.open(store));
        assertThat(AuditLog.verify(dsl())).isEmpty();

        dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.ge(saleSeq)).execute();

        assertThat(AuditLog.verify(dsl())).hasValue(saleSeq);
    }

    @Test
    void recomputingLaterHashesWithoutTheKeyIsCaught() {
        sellACola(TillFixture.open(store));
        AuditLogRecord sale = dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq(AuditAction.SALE_COMPLETED.name()))
                .fetchSingle();
        // Without the key, the best forgery is the old unkeyed scheme, recomputed from the edited entry on.
        String prev = sale.getPrevHash();
        for (AuditLogRecord r : dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.ge(sale.getSeq()))
                .orderBy(AUDIT_LOG.SEQ)
                .fetch()) {
            if (r.getSeq() == sale.getSeq()) {
                r.setDetail("total=1 CNY");
            }
            r.setPrevHash(prev);
            r.setScheme(AuditLog.LEGACY);
            r.setHash(AuditLog.hash(r, null));
            r.update();
            prev = r.getHash();
        }

        assertThat(AuditLog.verify(dsl())).hasValue(sale.getSeq());
    }

    @Test
    void shiftingTextAcrossFieldsIsCaught() {
        TillServices till = TillFixture.open(store);
        till.audit().record(store, null, null, AuditAction.NO_SALE, "drawer", "reason|late");
        long seq = dsl().fetchValue(AUDIT_LOG.SEQ, AUDIT_LOG.ACTION.eq(AuditAction.NO_SALE.name()));

        dsl().update(AUDIT_LOG).set(AUDIT_LOG.SUBJECT, "drawer|reason").set(AUDIT_LOG.DETAIL, "late")
                .where(AUDIT_LOG.SEQ.eq(seq)).execute();

        assertThat(AuditLog.verify(dsl())).hasValue(seq);
    }

    @Test
    void entriesWrittenBeforeTheKeyStillVerifyAsTheyWereWritten() {
        AuditLog unkeyed = new AuditLog("S0001-T01", Clock.systemUTC());
        unkeyed.record(store, null, null, AuditAction.NO_SALE, "a|b", "c");
        unkeyed.record(store, null, null, AuditAction.RECEIPT_REPRINTED, "S0001-T01-00000001", null);

        sellACola(TillFixture.open(store));

        assertThat(dsl().select(AUDIT_LOG.SCHEME).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(AUDIT_LOG.SCHEME))
                .startsWith(AuditLog.LEGACY, AuditLog.LEGACY, AuditLog.KEYED).doesNotContainSequence(AuditLog.KEYED,
                        AuditLog.LEGACY);
        assertThat(AuditLog.verify(dsl())).isEmpty();
    }

    @Test
    void theKeyIsMadeOnceAndNeverChanges() {
        TillFixture.open(store);
        String key = dsl().fetchValue(STORE_SETTING.SETTING_VALUE,
                STORE_SETTING.SETTING_KEY.eq(AuditLog.KEY_SETTING));
        TillFixture.open(store);
        assertThat(key).hasSize(64);
        assertThat(dsl().fetchValue(STORE_SETTING.SETTING_VALUE,
                STORE_SETTING.SETTING_KEY.eq(AuditLog.KEY_SETTING))).isEqualTo(key);
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.AUDIT_KEYED.name()))).isEqualTo(1);
    }

    @Test
    void aBrokenChainAtStartIsRecordedAsAnAlarmAndTheTillStillSells() {
        TillServices till = TillFixture.open(store);
        sellACola(till);
        dsl().update(AUDIT_LOG).set(AUDIT_LOG.DETAIL, "edited").where(AUDIT_LOG.SEQ.eq(1L)).execute();

        assertThat(till.audit().checkAtStart(store)).hasValue(1L);

        assertThat(dsl().fetchValue(AUDIT_LOG.SUBJECT, AUDIT_LOG.ACTION.eq(AuditAction.AUDIT_CHAIN_BROKEN.name())))
                .isEqualTo("1");
        sellACola(till);
        assertThat(dsl().fetchCount(SALE)).isEqualTo(2);
    }
}
