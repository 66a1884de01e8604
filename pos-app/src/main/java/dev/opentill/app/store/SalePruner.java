package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_PROMOTION;
import static dev.opentill.store.jooq.Tables.SALE_TAX;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Keeps the store bounded over years of trading: removes sales older than the store's retention
 * ({@value #RETENTION_SETTING}, days; default {@value #DEFAULT_DAYS}) that the centre acknowledged
 * before that cut-off, with their lines, tenders, taxes, coupons, promotions, ledger entries and outbox event,
 * a batch per transaction. A sale stays while its shift is open, while a ledger entry of it waits for
 * the centre, and while a kept return refers to it. The audit log and Z reports stay: they are the
 * till's own record and hold no sale rows.
 */
public final class SalePruner {
    /** Store setting: days a completed sale stays on the till. */
    public static final String RETENTION_SETTING = "retention.sale_days";
    /** Store setting written here: sales completed before this instant may be gone. */
    public static final String PRUNED_BEFORE = "retention.pruned_before";
    static final int DEFAULT_DAYS = 90;
    private static final int BATCH = 500;

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;

    public SalePruner(TillStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The retention the store is set to. */
    public Duration retention() {
        return Duration.ofDays(store.dsl().select(STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.eq(RETENTION_SETTING)).fetchOptional(STORE_SETTING.SETTING_VALUE)
                .map(Integer::parseInt).orElse(DEFAULT_DAYS));
    }

    /**
     * Removes up to {@code maxSales} prunable sales, oldest acknowledgement first, and returns how many
     * went. Each batch is one transaction with its audit entry, synced.
     */
    public int prune(int maxSales) {
        Instant now = clock.instant();
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(now.minus(retention()), ZoneOffset.UTC);
        int removed = 0;
        Cursor cursor = new Cursor();
        while (removed < maxSales && !cursor.done) {
            int limit = Math.min(BATCH, maxSales - removed);
            int n = store.dsl().transactionResult(cfg -> pruneBatch(DSL.using(cfg), cutoff, limit, cursor));
            if (n > 0) {
                store.syncToDisk();
                removed += n;
            }
        }
        return removed;
    }

    /** Where a run has got to in the acknowledged events, so sales kept back are passed over. */
    private static final class Cursor {
        OffsetDateTime ackedAt;
        long seq;
        boolean done;
    }

    private int pruneBatch(DSLContext tx, OffsetDateTime cutoff, int limit, Cursor cursor) {
        // Driven by the outbox's (acked_at, seq) index: the oldest acknowledged events first.
        var events = tx.select(OUTBOX.AGGREGATE_ID, OUTBOX.ACKED_AT, OUTBOX.SEQ).from(OUTBOX)
                .where(OUTBOX.ACKED_AT.lt(cutoff)).and(OUTBOX.EVENT_TYPE.eq(SaleEvent.TYPE))
                .and(cursor.ackedAt == null
                        ? DSL.noCondition()
                        : DSL.row(OUTBOX.ACKED_AT, OUTBOX.SEQ).gt(cursor.ackedAt, cursor.seq))
                .orderBy(OUTBOX.ACKED_AT, OUTBOX.SEQ).limit(limit).fetch();
        if (events.size() < limit) {
            cursor.done = true;
        }
        if (events.isEmpty()) {
            return 0;
        }
        cursor.ackedAt = events.get(events.size() - 1).value2();
        cursor.seq = events.get(events.size() - 1).value3();
        List<UUID> acked = events.map(r -> r.value1());
        Set<UUID> batch = new HashSet<>(tx.select(SALE.ID).from(SALE).leftJoin(SHIFT).on(SHIFT.ID.eq(SALE.SHIFT_ID))
                .where(SALE.ID.in(acked)).and(SALE.COMPLETED_AT.lt(cutoff))
                .and(SALE.SHIFT_ID.isNull().or(SHIFT.CLOSED_AT.isNotNull()))
                .fetch(SALE.ID));
        batch.removeAll(tx.selectDistinct(STOCK_LEDGER.REF_ID).from(STOCK_LEDGER).where(STOCK_LEDGER.REF_ID.in(batch))
                .and(STOCK_LEDGER.ACKED_AT.isNull().or(STOCK_LEDGER.ACKED_AT.ge(cutoff))).fetch(STOCK_LEDGER.REF_ID));
        batch.removeAll(tx.selectDistinct(POINTS_LEDGER.REF_ID).from(POINTS_LEDGER)
                .where(POINTS_LEDGER.REF_ID.in(batch))
                .and(POINTS_LEDGER.ACKED_AT.isNull().or(POINTS_LEDGER.ACKED_AT.ge(cutoff)))
                .fetch(POINTS_LEDGER.REF_ID));
        // A sale a kept return refers to stays until that return goes.
        batch.removeAll(tx.selectDistinct(SALE.ORIGINAL_SALE_ID).from(SALE).where(SALE.ORIGINAL_SALE_ID.in(batch))
                .and(SALE.ID.notIn(batch)).fetch(SALE.ORIGINAL_SALE_ID));
        if (batch.isEmpty()) {
            return 0;
        }
        tx.deleteFrom(SALE_COUPON).where(SALE_COUPON.SALE_ID.in(batch)).execute();
        tx.deleteFrom(SALE_PROMOTION).where(SALE_PROMOTION.SALE_ID.in(batch)).execute();
        tx.deleteFrom(SALE_TAX).where(SALE_TAX.SALE_ID.in(batch)).execute();
        tx.deleteFrom(SALE_TENDER).where(SALE_TENDER.SALE_ID.in(batch)).execute();
        // Return lines refer to the lines they return: returns' lines go first, and returns before originals.
        List<UUID> returns = tx.select(SALE.ID).from(SALE).where(SALE.ID.in(batch))
                .and(SALE.KIND.eq(SaleKind.RETURN.name())).fetch(SALE.ID);
        tx.deleteFrom(SALE_LINE).where(SALE_LINE.SALE_ID.in(returns)).execute();
        tx.deleteFrom(SALE_LINE).where(SALE_LINE.SALE_ID.in(batch)).execute();
        tx.deleteFrom(STOCK_LEDGER).where(STOCK_LEDGER.REF_ID.in(batch)).execute();
        tx.deleteFrom(POINTS_LEDGER).where(POINTS_LEDGER.REF_ID.in(batch)).execute();
        tx.deleteFrom(OUTBOX).where(OUTBOX.AGGREGATE_ID.in(batch)).execute();
        tx.deleteFrom(SALE).where(SALE.ID.in(returns)).execute();
        int n = tx.deleteFrom(SALE).where(SALE.ID.in(batch)).execute();
        tx.mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(PRUNED_BEFORE, cutoff.toInstant().toString()).execute();
        audit.append(tx, null, null, AuditAction.SALES_PRUNED, Integer.toString(n),
                "sales completed and acknowledged before " + cutoff.toInstant());
        return n;
    }
}
