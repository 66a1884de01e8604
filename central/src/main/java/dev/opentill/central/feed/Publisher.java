package dev.opentill.central.feed;

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
 * balances on the change feed. Sale ingest only appends ledger rows, so concurrent pushes never
 * contend on a balance row or on the feed lock; one publisher at a time holds the feed lock.
 */
public final class Publisher {
    private static final int BATCH = 5000;
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
            n = dsl.transactionResult(cfg -> publishStock(cfg.dsl()) + publishPoints(cfg.dsl()));
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

    private int publishStock(DSLContext tx) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // Taking the feed lock first makes this the only publisher until commit.
        ChangeLogWriter.append(tx, List.of(), now);
        var rows = tx.select(STOCK_LEDGER.ID, STOCK_LEDGER.STORE_ID, STOCK_LEDGER.PRODUCT_ID,
                STOCK_LEDGER.DELTA_MILLI, STOCK_LEDGER.RECORDED_AT).from(STOCK_LEDGER)
                .where(STOCK_LEDGER.PUBLISHED_SEQ.isNull()).limit(BATCH).fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<StoreProduct, Fold> folds = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>(rows.size());
        for (var r : rows) {
            ids.add(r.value1());
            folds.computeIfAbsent(new StoreProduct(r.value2(), r.value3()), k -> new Fold()).add(r.value4(), r.value5());
        }
        // One prepared statement, bound once per balance: thousands of balances cost one round trip.
        BatchBindStep upsert = tx.batch(tx.insertInto(STOCK_BALANCE, STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID,
                STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.AS_OF).values((UUID) null, null, 0L, null)
                .onConflict(STOCK_BALANCE.STORE_ID, STOCK_BALANCE.PRODUCT_ID).doUpdate()
                .set(STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.BALANCE_MILLI.plus(DSL.excluded(STOCK_BALANCE.BALANCE_MILLI)))
                .set(STOCK_BALANCE.AS_OF, DSL.greatest(STOCK_BALANCE.AS_OF, DSL.excluded(STOCK_BALANCE.AS_OF))));
        List<ChangeLogWriter.Change> changes = new ArrayList<>();
        for (var e : folds.entrySet()) {
            upsert.bind(e.getKey().storeId(), e.getKey().productId(), e.getValue().delta, e.getValue().recordedAt);
            changes.add(new ChangeLogWriter.Change(e.getKey().storeId(), FeedRecords.STOCK,
                    e.getKey().productId().toString()));
        }
        upsert.execute();
        long last = ChangeLogWriter.append(tx, changes, now);
        for (int i = 0; i < ids.size(); i += 1000) {
            tx.update(STOCK_LEDGER).set(STOCK_LEDGER.PUBLISHED_SEQ, last)
                    .where(STOCK_LEDGER.ID.in(ids.subList(i, Math.min(ids.size(), i + 1000)))).execute();
        }
        return rows.size();
    }

    private int publishPoints(DSLContext tx) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ChangeLogWriter.append(tx, List.of(), now);
        var rows = tx.select(POINTS_LEDGER.ID, POINTS_LEDGER.MEMBER_CARD, POINTS_LEDGER.DELTA, POINTS_LEDGER.RECORDED_AT)
                .from(POINTS_LEDGER).where(POINTS_LEDGER.PUBLISHED_SEQ.isNull()).limit(BATCH).fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Fold> folds = new HashMap<>();
        List<UUID> ids = new ArrayList<>(rows.size());
        for (var r : rows) {
            ids.add(r.value1());
            folds.computeIfAbsent(r.value2(), k -> new Fold()).add(r.value3(), r.value4());
        }
        // No RETURNING (TiDB and other MySQL-protocol engines lack it): look the members up first.
        Map<String, UUID> members = new HashMap<>();
        List<String> cards = new ArrayList<>(folds.keySet());
        for (int i = 0; i < cards.size(); i += 1000) {
            members.putAll(tx.select(MEMBER.CARD_NO, MEMBER.ID).from(MEMBER)
                    .where(MEMBER.CARD_NO.in(cards.subList(i, Math.min(cards.size(), i + 1000))))
                    .fetchMap(MEMBER.CARD_NO, MEMBER.ID));
        }
        List<ChangeLogWriter.Change> changes = new ArrayList<>();
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
        long last = ChangeLogWriter.append(tx, changes, now);
        for (int i = 0; i < ids.size(); i += 1000) {
            tx.update(POINTS_LEDGER).set(POINTS_LEDGER.PUBLISHED_SEQ, last)
                    .where(POINTS_LEDGER.ID.in(ids.subList(i, Math.min(ids.size(), i + 1000)))).execute();
        }
        return rows.size();
    }
}
