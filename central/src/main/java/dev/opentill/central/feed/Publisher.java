package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.COUPON;
import static dev.opentill.central.jooq.Tables.COUPON_REDEMPTION;
import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.PICKUP_COLLECTION;
import static dev.opentill.central.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;

import dev.opentill.core.sync.FeedRecords;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
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
        int entries = publishStock(tx, batches, changes) + publishPoints(tx, batches, changes)
                + publishCoupons(tx, batches, changes) + publishCollections(tx, batches, changes);
        ChangeLogWriter.append(tx, changes, now);
        tx.deleteFrom(LEDGER_BATCH).where(LEDGER_BATCH.ID.in(batches)).execute();
        // A batch without entries still counts as progress, so publishAll goes on to the next.
        return Math.max(entries, 1);
    }

    /** Sums the batches' stock entries per store and product in the database and adds them to the balances. */
    private int publishStock(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        Field<BigDecimal> delta = DSL.sum(STOCK_LEDGER.DELTA_MILLI);
        Field<OffsetDateTime> asOf = DSL.max(STOCK_LEDGER.RECORDED_AT);
        Field<Integer> entries = DSL.count();
        var folds = tx.select(STOCK_LEDGER.STORE_ID, STOCK_LEDGER.PRODUCT_ID, delta, asOf, entries).from(STOCK_LEDGER)
                .where(STOCK_LEDGER.BATCH_ID.in(batches)).groupBy(STOCK_LEDGER.STORE_ID, STOCK_LEDGER.PRODUCT_ID)
                .fetch();
        if (folds.isEmpty()) {
            return 0;
        }
        // One prepared statement, bound once per balance: thousands of balances cost one round trip.
        BatchBindStep upsert = tx.batch(tx.insertInto(STOCK_BALANCE, STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID,
                STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.AS_OF).values((UUID) null, null, 0L, null)
                .onConflict(STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID).doUpdate()
                .set(STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.BALANCE_MILLI.plus(DSL.excluded(STOCK_BALANCE.BALANCE_MILLI)))
                .set(STOCK_BALANCE.AS_OF, DSL.greatest(STOCK_BALANCE.AS_OF, DSL.excluded(STOCK_BALANCE.AS_OF))));
        int count = 0;
        for (var f : folds) {
            upsert.bind(f.value1(), f.value2(), f.value3().longValueExact(), f.value4());
            changes.add(new ChangeLogWriter.Change(f.value1(), FeedRecords.STOCK, f.value2().toString()));
            count += f.value5();
        }
        upsert.execute();
        return count;
    }

    /**
     * Marks each redeemed coupon used by its earliest redemption (by the sale's time) and announces
     * it, so every till drops it; a later redemption of a used coupon (two tills offline) is kept
     * with accepted = false. A redemption of a coupon the centre does not know is kept unaccepted.
     */
    private int publishCoupons(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        var rows = tx.select(COUPON_REDEMPTION.ID, COUPON_REDEMPTION.COUPON_ID, COUPON_REDEMPTION.SALE_ID,
                COUPON_REDEMPTION.REDEEMED_AT).from(COUPON_REDEMPTION).where(COUPON_REDEMPTION.BATCH_ID.in(batches))
                .orderBy(COUPON_REDEMPTION.REDEEMED_AT, COUPON_REDEMPTION.ID).fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UUID, org.jooq.Record3<UUID, UUID, OffsetDateTime>> coupons = new HashMap<>();
        tx.select(COUPON.ID, COUPON.STORE_ID, COUPON.REDEEMED_AT).from(COUPON)
                .where(COUPON.ID.in(rows.stream().map(r -> r.value2()).distinct().toList())).forUpdate()
                .forEach(c -> coupons.put(c.value1(), c));
        java.util.Set<UUID> usedNow = new java.util.HashSet<>();
        for (var r : rows) {
            var c = coupons.get(r.value2());
            boolean accepted = c != null && c.value3() == null && usedNow.add(r.value2());
            if (accepted) {
                tx.update(COUPON).set(COUPON.REDEEMED_AT, r.value4()).set(COUPON.REDEEMED_SALE_ID, r.value3())
                        .where(COUPON.ID.eq(r.value2())).execute();
                changes.add(new ChangeLogWriter.Change(c.value2(), FeedRecords.COUPON, r.value2().toString()));
            }
            tx.update(COUPON_REDEMPTION).set(COUPON_REDEMPTION.ACCEPTED, accepted)
                    .where(COUPON_REDEMPTION.ID.eq(r.value1())).execute();
        }
        return rows.size();
    }

    /**
     * Marks each collected order by its earliest collection and announces it, so its store's tills
     * drop it; a second collection (two tills offline), or one of an order not ready, is kept
     * with accepted = false.
     */
    private int publishCollections(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        var rows = tx.select(PICKUP_COLLECTION.ID, PICKUP_COLLECTION.ORDER_NO, PICKUP_COLLECTION.SALE_ID,
                PICKUP_COLLECTION.COLLECTED_AT).from(PICKUP_COLLECTION).where(PICKUP_COLLECTION.BATCH_ID.in(batches))
                .orderBy(PICKUP_COLLECTION.COLLECTED_AT, PICKUP_COLLECTION.ID).fetch();
        for (var r : rows) {
            var order = tx.select(PICKUP_ORDER.ID, PICKUP_ORDER.STORE_ID, PICKUP_ORDER.STATUS).from(PICKUP_ORDER)
                    .where(PICKUP_ORDER.ORDER_NO.eq(r.value2())).forUpdate().fetchOne();
            boolean accepted = order != null && "READY".equals(order.value3());
            if (accepted) {
                tx.update(PICKUP_ORDER).set(PICKUP_ORDER.STATUS, "COLLECTED").set(PICKUP_ORDER.COLLECTED_AT, r.value4())
                        .set(PICKUP_ORDER.COLLECTED_SALE_ID, r.value3()).set(PICKUP_ORDER.UPDATED_AT, r.value4())
                        .where(PICKUP_ORDER.ID.eq(order.value1())).execute();
                changes.add(new ChangeLogWriter.Change(order.value2(), FeedRecords.PICKUP_ORDER,
                        order.value1().toString()));
            }
            tx.update(PICKUP_COLLECTION).set(PICKUP_COLLECTION.ACCEPTED, accepted)
                    .where(PICKUP_COLLECTION.ID.eq(r.value1())).execute();
        }
        return rows.size();
    }

    /** Sums the batches' points entries per card and adds them to the members that exist. */
    private int publishPoints(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        Field<BigDecimal> delta = DSL.sum(POINTS_LEDGER.DELTA);
        Field<OffsetDateTime> asOf = DSL.max(POINTS_LEDGER.RECORDED_AT);
        Field<Integer> entries = DSL.count();
        // Points for a card the centre does not know yet are counted when the member is imported.
        var folds = tx.select(POINTS_LEDGER.MEMBER_CARD, MEMBER.ID, delta, asOf, entries).from(POINTS_LEDGER)
                .leftJoin(MEMBER).on(MEMBER.CARD_NO.eq(POINTS_LEDGER.MEMBER_CARD))
                .where(POINTS_LEDGER.BATCH_ID.in(batches)).groupBy(POINTS_LEDGER.MEMBER_CARD, MEMBER.ID).fetch();
        if (folds.isEmpty()) {
            return 0;
        }
        int count = 0;
        Map<UUID, org.jooq.Record5<String, UUID, BigDecimal, OffsetDateTime, Integer>> members = new HashMap<>();
        for (var f : folds) {
            count += f.value5();
            if (f.value2() != null) {
                members.put(f.value2(), f);
            }
        }
        if (!members.isEmpty()) {
            OffsetDateTime none = null;
            BatchBindStep update = tx.batch(tx.update(MEMBER).set(MEMBER.POINTS_BALANCE, MEMBER.POINTS_BALANCE.plus(0L))
                    .set(MEMBER.BALANCE_AS_OF, DSL.greatest(DSL.coalesce(MEMBER.BALANCE_AS_OF, DSL.val(none)),
                            DSL.val(none))).where(MEMBER.ID.eq((UUID) null)));
            for (var e : members.entrySet()) {
                var f = e.getValue();
                update.bind(f.value3().longValueExact(), f.value4(), f.value4(), e.getKey());
                changes.add(new ChangeLogWriter.Change(null, FeedRecords.MEMBER, e.getKey().toString()));
            }
            update.execute();
        }
        return count;
    }
}
