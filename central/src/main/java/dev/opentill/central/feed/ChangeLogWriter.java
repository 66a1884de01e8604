package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.FEED_COUNTER;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import dev.opentill.central.jooq.tables.records.ChangeLogRecord;

/**
 * Appends to the change log inside the caller's transaction. The feed_counter row stays locked
 * until that transaction commits, so change log entries commit in sequence order and a till's
 * cursor can never move past an entry that commits later. Call it last in a transaction.
 */
public final class ChangeLogWriter {
    /** One change: {@code storeId} null means every store. */
    public record Change(UUID storeId, String entity, String entityKey) {
    }

    private ChangeLogWriter() {
    }

    /** Appends the changes and returns the sequence of the last one (or the current one if none). */
    public static long append(DSLContext tx, Collection<Change> changes, OffsetDateTime now) {
        long last = tx.select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).where(FEED_COUNTER.ID.eq(1))
                .forUpdate().fetchSingle(FEED_COUNTER.LAST_SEQ);
        if (changes.isEmpty()) {
            return last;
        }
        long seq = last;
        InsertValuesStep5<ChangeLogRecord, Long, UUID, String, String, OffsetDateTime> insert = tx
                .insertInto(CHANGE_LOG, CHANGE_LOG.SEQ, CHANGE_LOG.STORE_ID, CHANGE_LOG.ENTITY,
                        CHANGE_LOG.ENTITY_KEY, CHANGE_LOG.CHANGED_AT);
        for (Change c : changes) {
            insert = insert.values(++seq, c.storeId(), c.entity(), c.entityKey(), now);
        }
        insert.execute();
        tx.update(FEED_COUNTER).set(FEED_COUNTER.LAST_SEQ, seq).where(FEED_COUNTER.ID.eq(1)).execute();
        return seq;
    }
}
