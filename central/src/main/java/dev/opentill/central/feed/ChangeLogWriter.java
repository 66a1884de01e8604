package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.FEED_COUNTER;

import dev.opentill.core.sync.FeedRecords;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Appends to the change log inside the caller's transaction. The feed_counter row stays locked
 * until that transaction commits, so change log entries commit in sequence order and a till's
 * cursor can never move past an entry that commits later. Call it last in a transaction.
 */
public final class ChangeLogWriter {
    /** One change: {@code storeId} null means every store. */
    public record Change(UUID storeId, String entity, String entityKey) {
    }

    /** Things others refer to: every entry stays, so they never move behind what refers to them. */
    private static final Set<String> KEEP_ALL = Set.of(FeedRecords.TAX_CLASS, FeedRecords.CATEGORY);

    private ChangeLogWriter() {
    }

    /**
     * Appends the changes and returns the sequence of the last one (or the current one if none).
     * Each thing keeps one entry: its earlier entry, if any, is deleted (see V4 of the migrations).
     * Tax classes and categories keep them all, so a till always meets one before the products
     * that refer to it, however late it was last changed.
     */
    public static long append(DSLContext tx, Collection<Change> changes, OffsetDateTime now) {
        long last = lock(tx);
        if (changes.isEmpty()) {
            return last;
        }
        Set<Change> unique = new LinkedHashSet<>(changes);
        supersede(tx, unique);
        long seq = last;
        BatchBindStep insert = tx.batch(tx.insertInto(CHANGE_LOG, CHANGE_LOG.SEQ, CHANGE_LOG.STORE_ID,
                CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_KEY, CHANGE_LOG.CHANGED_AT)
                .values((Long) null, null, null, null, null));
        for (Change c : unique) {
            insert.bind(++seq, c.storeId(), c.entity(), c.entityKey(), now);
        }
        insert.execute();
        tx.update(FEED_COUNTER).set(FEED_COUNTER.LAST_SEQ, seq).where(FEED_COUNTER.ID.eq(1)).execute();
        return seq;
    }

    /**
     * Takes the feed lock until the caller's transaction ends (the only writer of the change log
     * meanwhile) and returns the last sequence written.
     */
    public static long lock(DSLContext tx) {
        return tx.select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).where(FEED_COUNTER.ID.eq(1)).forUpdate()
                .fetchSingle(FEED_COUNTER.LAST_SEQ);
    }

    /** The last sequence written, without locking (for status pages). */
    public static long position(DSLContext dsl) {
        return dsl.select(FEED_COUNTER.LAST_SEQ).from(FEED_COUNTER).where(FEED_COUNTER.ID.eq(1))
                .fetchSingle(FEED_COUNTER.LAST_SEQ);
    }

    /** Deletes the entries these changes supersede: one prepared delete per kind, bound per change. */
    private static void supersede(DSLContext tx, Collection<Change> changes) {
        BatchBindStep chainWide = tx.batch(tx.deleteFrom(CHANGE_LOG).where(CHANGE_LOG.STORE_ID.isNull())
                .and(CHANGE_LOG.ENTITY.eq((String) null)).and(CHANGE_LOG.ENTITY_KEY.eq((String) null)));
        BatchBindStep ofStore = tx.batch(tx.deleteFrom(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq((String) null))
                .and(CHANGE_LOG.ENTITY_KEY.eq((String) null)).and(CHANGE_LOG.STORE_ID.eq((UUID) null)));
        int chain = 0;
        int store = 0;
        for (Change c : changes) {
            if (KEEP_ALL.contains(c.entity())) {
                continue;
            }
            if (c.storeId() == null) {
                chainWide.bind(c.entity(), c.entityKey());
                chain++;
            } else {
                ofStore.bind(c.entity(), c.entityKey(), c.storeId());
                store++;
            }
        }
        if (chain > 0) {
            chainWide.execute();
        }
        if (store > 0) {
            ofStore.execute();
        }
    }
}
