package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;

import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Folds newly committed stock and points ledger entries into balances and announces the changed
 * balances on the change feed. Sale ingest only appends ledger rows, tagged with a ledger batch
 * (one per writing transaction), so concurrent pushes never contend on a balance row or on the
 * feed lock; one publisher at a time holds the feed lock. Ledger rows are never rewritten: an
 * entry is counted once its batch row is deleted, in the transaction that folds it.
 */
public final class Publisher {
    /** Ledger batches per round: a push batch holds about 500 entries, so a round folds some 25,000. */
    private static final int BATCHES = 50;
    private final DSLContext dsl;
    private final Clock clock;

    public Publisher(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Publishes until nothing is left; returns the number of ledger entries folded in. */
    public int publishAll() {
        int total = 0;
        int n;
        do {
            n = dsl.transactionResult(cfg -> publishBatches(cfg.dsl()));
            total += n;
        } while (n > 0);
        return total;
    }

    private record StoreProduct(UUID storeId, UUID productId) {
    }

    /** The summed delta of a balance's new entries and the latest time one of them was recorded. */
    private static final class Fold {
        long delta;
        OffsetDateTime recordedAt;

        void add(long d, OffsetDateTime at) {
            delta += d;
            recordedAt = recordedAt == null || at.isAfter(recordedAt) ? at : recordedAt;
        }
    }

    /**
     * One round: takes the feed lock (the only publisher until commit), folds the entries of up to
     * {@value #BATCHES} ledger batches into balances, announces them and deletes the batches.
     */
    private int publishBatches(DSLContext tx) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ChangeLogWriter.append(tx, List.of(), now);
        List<UUID> batches = tx.select(LEDGER_BATCH.ID).from(LEDGER_BATCH).orderBy(LEDGER_BATCH.ID)
                .limit(BATCHES).fetch(LEDGER_BATCH.ID);
        if (batches.isEmpty()) {
            return 0;
        }
        List<ChangeLogWriter.Change> changes = new ArrayList<>();
        int entries = publishStock(tx, batches, changes) + publishPoints(tx, batches, changes);
        ChangeLogWriter.append(tx, changes, now);
        tx.deleteFrom(LEDGER_BATCH).where(LEDGER_BATCH.ID.in(batches)).execute();
        // A batch without entries still counts as progress, so publishAll goes on to the next.
        return Math.max(entries, 1);
    }

    private int publishStock(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        var rows = tx.select(STOCK_LEDGER.STORE_ID, STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI,
                STOCK_LEDGER.RECORDED_AT).from(STOCK_LEDGER).where(STOCK_LEDGER.BATCH_ID.in(batches)).fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<StoreProduct, Fold> folds = new LinkedHashMap<>();
        for (var r : rows) {
            folds.computeIfAbsent(new StoreProduct(r.value1(), r.value2()), k -> new Fold()).add(r.value3(), r.value4());
        }
        // One prepared statement, bound once per balance: thousands of balances cost one round trip.
        BatchBindStep upsert = tx.batch(tx.insertInto(STOCK_BALANCE, STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID,
                STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.AS_OF).values((UUID) null, null, 0L, null)
                .onConflict(STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID).doUpdate()
                .set(STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.BALANCE_MILLI.plus(DSL.excluded(STOCK_BALANCE.BALANCE_MILLI)))
                .set(STOCK_BALANCE.AS_OF, DSL.greatest(STOCK_BALANCE.AS_OF, DSL.excluded(STOCK_BALANCE.AS_OF))));
        for (var e : folds.entrySet()) {
            upsert.bind(e.getKey().storeId(), e.getKey().productId(), e.getValue().delta, e.getValue().recordedAt);
            changes.add(new ChangeLogWriter.Change(e.getKey().storeId(), FeedRecords.STOCK,
                    e.getKey().productId().toString()));
        }
        upsert.execute();
        return rows.size();
    }

    private int publishPoints(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        var rows = tx.select(POINTS_LEDGER.MEMBER_CARD, POINTS_LEDGER.DELTA, POINTS_LEDGER.RECORDED_AT)
                .from(POINTS_LEDGER).where(POINTS_LEDGER.BATCH_ID.in(batches)).fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Fold> folds = new HashMap<>();
        for (var r : rows) {
            folds.computeIfAbsent(r.value1(), k -> new Fold()).add(r.value2(), r.value3());
        }
        // No RETURNING (TiDB and other MySQL-protocol engines lack it): look the members up first.
        Map<String, UUID> members = new HashMap<>();
        List<String> cards = new ArrayList<>(folds.keySet());
        for (int i = 0; i < cards.size(); i += 1000) {
            members.putAll(tx.select(MEMBER.CARD_NO, MEMBER.ID).from(MEMBER)
                    .where(MEMBER.CARD_NO.in(cards.subList(i, Math.min(cards.size(), i + 1000))))
                    .fetchMap(MEMBER.CARD_NO, MEMBER.ID));
        }
        if (!members.isEmpty()) {
            OffsetDateTime none = null;
            BatchBindStep update = tx.batch(tx.update(MEMBER).set(MEMBER.POINTS_BALANCE, MEMBER.POINTS_BALANCE.plus(0L))
                    .set(MEMBER.BALANCE_AS_OF, DSL.greatest(DSL.coalesce(MEMBER.BALANCE_AS_OF, DSL.val(none)),
                            DSL.val(none))).where(MEMBER.ID.eq((UUID) null)));
            for (var e : members.entrySet()) {
                Fold f = folds.get(e.getKey());
                update.bind(f.delta, f.recordedAt, f.recordedAt, e.getValue());
                changes.add(new ChangeLogWriter.Change(null, FeedRecords.MEMBER, e.getValue().toString()));
            }
            update.execute();
        }
        return rows.size();
    }
}
