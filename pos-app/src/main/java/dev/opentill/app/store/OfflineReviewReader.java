package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;

import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.Cashier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the offline review of the open shift (see {@link OfflineReview}); read only. */
public final class OfflineReviewReader {
    /** The actions that are overrides of the normal flow. */
    private static final Set<String> OVERRIDES = Set.of(AuditAction.LINE_VOIDED.name(),
            AuditAction.PRICE_OVERRIDDEN.name(), AuditAction.DISCOUNT_GIVEN.name(),
            AuditAction.TICKET_CANCELLED.name(), AuditAction.NO_SALE.name(), AuditAction.RETURN_COMPLETED.name(),
            AuditAction.CASH_MOVED.name());
    /** At most this many rows of each list (the counts on the Z are exact). */
    private static final int LIMIT = 500;

    private final TillStore store;
    private final CashRepository cash;

    public OfflineReviewReader(TillStore store, CashRepository cash) {
        this.store = store;
        this.cash = cash;
    }

    public OfflineReview read() {
        DSLContext dsl = store.dsl();
        var shift = cash.openShift(dsl);
        List<OfflineReview.PendingSale> pending = new ArrayList<>();
        dsl.select(SALE.RECEIPT_NO, SALE.TOTAL_MINOR, SALE.COMPLETED_AT,
                DSL.field(DSL.exists(DSL.selectOne().from(SALE_COUPON).where(SALE_COUPON.SALE_ID.eq(SALE.ID)))),
                DSL.field(DSL.exists(DSL.selectOne().from(SALE_TENDER).where(SALE_TENDER.SALE_ID.eq(SALE.ID))
                        .and(SALE_TENDER.TENDER_TYPE.eq(TenderType.PREPAID.name())))))
                .from(OUTBOX).join(SALE).on(SALE.ID.eq(OUTBOX.AGGREGATE_ID))
                .where(OUTBOX.ACKED_AT.isNull()).and(OUTBOX.EVENT_TYPE.eq(SaleEvent.TYPE)).orderBy(OUTBOX.SEQ)
                .limit(LIMIT).forEach(r -> pending.add(new OfflineReview.PendingSale(r.value1(), r.value2(),
                        r.value3().toInstant(), r.value4(), r.value5())));
        List<OfflineReview.RejectedEvent> rejected = new ArrayList<>();
        dsl.select(OUTBOX.SEQ, OUTBOX.EVENT_TYPE, SALE.RECEIPT_NO, OUTBOX.LAST_ERROR).from(OUTBOX).leftJoin(SALE)
                .on(SALE.ID.eq(OUTBOX.AGGREGATE_ID)).where(OUTBOX.ACKED_AT.isNull())
                .and(OUTBOX.LAST_ERROR.isNotNull()).orderBy(OUTBOX.SEQ).limit(LIMIT)
                .forEach(r -> rejected.add(new OfflineReview.RejectedEvent(r.value1(), r.value2(), r.value3(),
                        r.value4())));
        Cashier actor = CASHIER.as("actor");
        Cashier approver = CASHIER.as("approver");
        List<OfflineReview.Override> overrides = new ArrayList<>();
        dsl.select(AUDIT_LOG.AT, AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT, actor.NAME, approver.NAME).from(AUDIT_LOG)
                .leftJoin(actor).on(actor.ID.eq(AUDIT_LOG.ACTOR_ID)).leftJoin(approver)
                .on(approver.ID.eq(AUDIT_LOG.APPROVER_ID)).where(AUDIT_LOG.AT.ge(shift.getOpenedAt()))
                .and(AUDIT_LOG.ACTION.in(OVERRIDES).or(AUDIT_LOG.APPROVER_ID.isNotNull())).orderBy(AUDIT_LOG.SEQ)
                .limit(LIMIT).forEach(r -> overrides.add(new OfflineReview.Override(r.value1().toInstant(),
                        r.value2(), r.value3(), r.value4(), r.value5())));
        return new OfflineReview(pending, rejected, overrides);
    }
}
