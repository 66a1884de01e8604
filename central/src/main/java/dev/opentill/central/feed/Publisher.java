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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds newly committed stock and points ledger entries into balances and announces the changed
 * balances on the change feed. Sale ingest only appends ledger rows, tagged with a ledger batch
 * (one per writing transaction), so concurrent pushes never contend on a balance row or on the
 * feed lock; one publisher at a time holds the feed lock. Ledger rows are never rewritten: an
 * entry is counted once its batch row is deleted, in the transaction that folds it.
 */
public final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    /** Ledger batches per round: one batch is one push of up to 500 events, each with a few entries. */
    private static final int BATCHES = 50;
    private final DSLContext dsl;
    private final Clock clock;

    public Publisher(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Publishes until nothing is left; returns the number of ledger entries folded in. When a
     * round fails on its data, its batches are folded one by one and a batch that cannot be
     * folded (a balance would overflow, say) is set aside and reported, so it never blocks the others.
     */
    public int publishAll() {
        int total = 0;
        int n;
        do {
            try {
                n = dsl.transactionResult(cfg -> publishBatches(cfg.dsl(), null));
            } catch (RuntimeException e) {
                if (!cannotFold(e)) {
                    throw e;
                }
                n = publishOneByOne();
            }
            total += n;
        } while (n > 0);
        return total;
    }

    /** The ledger batches set aside so far (the back office's to-do list), oldest first. */
    public List<SetAside> setAside() {
        return dsl.select(LEDGER_BATCH.ID, LEDGER_BATCH.SET_ASIDE_AT, LEDGER_BATCH.SET_ASIDE_REASON).from(LEDGER_BATCH)
                .where(LEDGER_BATCH.SET_ASIDE_AT.isNotNull()).orderBy(LEDGER_BATCH.ID)
                .fetch(r -> new SetAside(r.value1(), r.value2().toInstant(), r.value3()));
    }

    /** A ledger batch the publisher could not fold, and why. */
    public record SetAside(UUID batchId, Instant at, String reason) {
    }

    private int publishOneByOne() {
        List<UUID> batches = dsl.select(LEDGER_BATCH.ID).from(LEDGER_BATCH).where(LEDGER_BATCH.SET_ASIDE_AT.isNull())
                .orderBy(LEDGER_BATCH.ID).limit(BATCHES).fetch(LEDGER_BATCH.ID);
        int n = 0;
        for (UUID batch : batches) {
            try {
                n += dsl.transactionResult(cfg -> publishBatches(cfg.dsl(), List.of(batch)));
            } catch (RuntimeException e) {
                if (!cannotFold(e)) {
                    throw e;
                }
                String reason = String.valueOf(e.getMessage());
                LOG.error("Ledger batch {} cannot be folded into balances and is set aside: {}", batch, reason);
                dsl.update(LEDGER_BATCH).set(LEDGER_BATCH.SET_ASIDE_AT, now())
                        .set(LEDGER_BATCH.SET_ASIDE_REASON, reason.length() > 200 ? reason.substring(0, 200) : reason)
                        .where(LEDGER_BATCH.ID.eq(batch)).execute();
                n++;
            }
        }
        return n;
    }

    /**
     * The data cannot be folded (arithmetic overflow, a value out of range, a constraint): setting
     * the batch aside helps. A lost connection or a timeout is not such a case; it is retried as a whole.
     */
    private static boolean cannotFold(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ArithmeticException) {
                return true;
            }
            if (t instanceof DataAccessException d && d.sqlState() != null
                    && (d.sqlState().startsWith("22") || d.sqlState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * One round: takes the feed lock (the only publisher until commit), folds the entries of up to
     * {@value #BATCHES} ledger batches (or of {@code only}, if given) into balances, announces them
     * and deletes the batches. Batches set aside are skipped.
     */
    private int publishBatches(DSLContext tx, List<UUID> only) {
        OffsetDateTime now = now();
        ChangeLogWriter.lock(tx);
        List<UUID> batches = tx.select(LEDGER_BATCH.ID).from(LEDGER_BATCH).where(LEDGER_BATCH.SET_ASIDE_AT.isNull())
                .and(only == null ? DSL.noCondition() : LEDGER_BATCH.ID.in(only)).orderBy(LEDGER_BATCH.ID)
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
                .set(STOCK_BALANCE.BALANCE_MILLI,
                        STOCK_BALANCE.BALANCE_MILLI.plus(DSL.excluded(STOCK_BALANCE.BALANCE_MILLI)))
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

    /** A claim on a single-use thing (a coupon's redemption, an order's collection) made by a sale. */
    private record Claim(UUID id, Object target, UUID saleId, OffsetDateTime at) {
    }

    /** The thing claimed: its id, the store whose tills hold it (null: every store), whether it is still free. */
    private record Target(UUID id, UUID storeId, boolean free) {
    }

    /**
     * The earliest claim on a free target wins it ({@code take} records that) and the target is
     * announced, so every till holding it drops it; every other claim (a second use while tills
     * were offline, or a claim on something unknown or already taken) is kept with accepted = false.
     * {@code claims} are in time order.
     */
    private static int settle(DSLContext tx, List<Claim> claims, Map<Object, Target> targets, String entity,
            BiConsumer<Target, Claim> take, Table<?> claimTable, Field<UUID> claimId,
            Field<Boolean> acceptedField, List<ChangeLogWriter.Change> changes) {
        Set<Object> taken = new HashSet<>();
        List<UUID> accepted = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        for (Claim c : claims) {
            Target t = targets.get(c.target());
            if (t != null && t.free() && taken.add(c.target())) {
                take.accept(t, c);
                changes.add(new ChangeLogWriter.Change(t.storeId(), entity, t.id().toString()));
                accepted.add(c.id());
            } else {
                refused.add(c.id());
            }
        }
        mark(tx, claimTable, claimId, acceptedField, accepted, true);
        mark(tx, claimTable, claimId, acceptedField, refused, false);
        return claims.size();
    }

    private static void mark(DSLContext tx, Table<?> table, Field<UUID> id, Field<Boolean> accepted, List<UUID> ids,
            boolean value) {
        for (int i = 0; i < ids.size(); i += 1000) {
            tx.update(table).set(accepted, value).where(id.in(ids.subList(i, Math.min(ids.size(), i + 1000))))
                    .execute();
        }
    }

    /** Marks each redeemed coupon used by its earliest redemption (by the sale's time). */
    private int publishCoupons(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        List<Claim> claims = tx.select(COUPON_REDEMPTION.ID, COUPON_REDEMPTION.COUPON_ID, COUPON_REDEMPTION.SALE_ID,
                COUPON_REDEMPTION.REDEEMED_AT).from(COUPON_REDEMPTION).where(COUPON_REDEMPTION.BATCH_ID.in(batches))
                .orderBy(COUPON_REDEMPTION.REDEEMED_AT, COUPON_REDEMPTION.ID)
                .fetch(r -> new Claim(r.value1(), r.value2(), r.value3(), r.value4()));
        if (claims.isEmpty()) {
            return 0;
        }
        Map<Object, Target> coupons = new HashMap<>();
        tx.select(COUPON.ID, COUPON.STORE_ID, COUPON.REDEEMED_AT).from(COUPON)
                .where(COUPON.ID.in(claims.stream().map(c -> (UUID) c.target()).distinct().toList())).forUpdate()
                .forEach(c -> coupons.put(c.value1(), new Target(c.value1(), c.value2(), c.value3() == null)));
        return settle(tx, claims, coupons, FeedRecords.COUPON, (t, c) -> tx.update(COUPON)
                .set(COUPON.REDEEMED_AT, c.at()).set(COUPON.REDEEMED_SALE_ID, c.saleId()).where(COUPON.ID.eq(t.id()))
                .execute(), COUPON_REDEMPTION, COUPON_REDEMPTION.ID, COUPON_REDEMPTION.ACCEPTED, changes);
    }

    /** Marks each collected order by its earliest collection; a cancelled order's collection is refused. */
    private int publishCollections(DSLContext tx, List<UUID> batches, List<ChangeLogWriter.Change> changes) {
        List<Claim> claims = tx.select(PICKUP_COLLECTION.ID, PICKUP_COLLECTION.ORDER_NO, PICKUP_COLLECTION.SALE_ID,
                PICKUP_COLLECTION.COLLECTED_AT).from(PICKUP_COLLECTION).where(PICKUP_COLLECTION.BATCH_ID.in(batches))
                .orderBy(PICKUP_COLLECTION.COLLECTED_AT, PICKUP_COLLECTION.ID)
                .fetch(r -> new Claim(r.value1(), r.value2(), r.value3(), r.value4()));
        if (claims.isEmpty()) {
            return 0;
        }
        Map<Object, Target> orders = new HashMap<>();
        tx.select(PICKUP_ORDER.ORDER_NO, PICKUP_ORDER.ID, PICKUP_ORDER.STORE_ID, PICKUP_ORDER.STATUS).from(PICKUP_ORDER)
                .where(PICKUP_ORDER.ORDER_NO.in(claims.stream().map(c -> (String) c.target()).distinct().toList()))
                .forUpdate()
                .forEach(o -> orders.put(o.value1(), new Target(o.value2(), o.value3(), "READY".equals(o.value4()))));
        return settle(tx, claims, orders, FeedRecords.PICKUP_ORDER, (t, c) -> tx.update(PICKUP_ORDER)
                .set(PICKUP_ORDER.STATUS, "COLLECTED").set(PICKUP_ORDER.COLLECTED_AT, c.at())
                .set(PICKUP_ORDER.COLLECTED_SALE_ID, c.saleId()).set(PICKUP_ORDER.UPDATED_AT, c.at())
                .where(PICKUP_ORDER.ID.eq(t.id())).execute(), PICKUP_COLLECTION, PICKUP_COLLECTION.ID,
                PICKUP_COLLECTION.ACCEPTED, changes);
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
        Map<UUID, Record5<String, UUID, BigDecimal, OffsetDateTime, Integer>> members = new HashMap<>();
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
                            DSL.val(none)))
                    .where(MEMBER.ID.eq((UUID) null)));
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
