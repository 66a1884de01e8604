package dev.opentill.app.store;

import static dev.opentill.app.store.CashRepository.n;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TAX;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;

import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.cash.ZReport.RateTotal;
import dev.opentill.core.cash.ZReport.Sales;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.store.jooq.tables.records.ShiftRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads what a shift sold and took, for its Z report: one aggregate query per table, by shift. */
final class ZFigures {
    private final Currency currency;
    private final String terminalCode;

    ZFigures(Currency currency, String terminalCode) {
        this.currency = currency;
        this.terminalCode = terminalCode;
    }

    /** The last sale a Z covers: its id and the hash of its audit entry. */
    record LastSale(UUID id, String auditHash) {
    }

    Sales sales(DSLContext tx, ShiftRecord shift) {
        UUID id = shift.getId();
        var t = tx.select(DSL.count(),
                DSL.sum(DSL.when(SALE.KIND.eq(SaleKind.RETURN.name()), 1).otherwise(0)),
                DSL.sum(DSL.when(SALE.KIND.eq(SaleKind.SALE.name()), SALE.SUBTOTAL_MINOR).otherwise(0L)),
                DSL.sum(DSL.when(SALE.KIND.eq(SaleKind.RETURN.name()), SALE.TOTAL_MINOR).otherwise(0L)),
                DSL.sum(SALE.TOTAL_MINOR), DSL.min(SALE.SEQUENCE_NO), DSL.max(SALE.SEQUENCE_NO))
                .from(SALE).where(SALE.SHIFT_ID.eq(id)).fetchSingle();
        int all = t.value1();
        int returns = (int) n(t.value2());
        String first = receipt(tx, t.value6());
        String last = receipt(tx, t.value7());
        TreeMap<String, Money> discounts = new TreeMap<>();
        var d = tx.select(
                DSL.sum(DSL.when(SALE_LINE.PROMOTION_ID.isNull(), SALE_LINE.LINE_DISCOUNT_MINOR).otherwise(0L)),
                DSL.sum(DSL.when(SALE_LINE.PROMOTION_ID.isNotNull(), SALE_LINE.LINE_DISCOUNT_MINOR).otherwise(0L)),
                DSL.sum(SALE_LINE.TICKET_DISCOUNT_MINOR)).from(SALE_LINE).join(SALE)
                .on(SALE.ID.eq(SALE_LINE.SALE_ID)).where(SALE.SHIFT_ID.eq(id))
                .and(SALE.KIND.eq(SaleKind.SALE.name())).fetchSingle();
        long coupons = n(tx.select(DSL.sum(SALE_COUPON.AMOUNT_MINOR)).from(SALE_COUPON).join(SALE)
                .on(SALE.ID.eq(SALE_COUPON.SALE_ID)).where(SALE.SHIFT_ID.eq(id))
                .and(SALE.KIND.eq(SaleKind.SALE.name())).fetchOne(0, BigDecimal.class));
        put(discounts, "MANUAL", n(d.value1()));
        put(discounts, "PROMOTION", n(d.value2()));
        put(discounts, "TICKET", n(d.value3()) - coupons);
        put(discounts, "COUPON", coupons);
        List<RateTotal> rates = new ArrayList<>();
        tx.select(SALE_TAX.RATE_BP, DSL.sum(SALE_TAX.NET_MINOR), DSL.sum(SALE_TAX.TAX_MINOR),
                DSL.sum(SALE_TAX.GROSS_MINOR)).from(SALE_TAX).join(SALE).on(SALE.ID.eq(SALE_TAX.SALE_ID))
                .where(SALE.SHIFT_ID.eq(id)).groupBy(SALE_TAX.RATE_BP).orderBy(SALE_TAX.RATE_BP)
                .forEach(r -> rates.add(new RateTotal(r.value1(), m(n(r.value2())),
                        m(n(r.value3())), m(n(r.value4())))));
        Map<String, Integer> counted = counted(tx, shift, AuditAction.LINE_VOIDED, AuditAction.TICKET_CANCELLED,
                AuditAction.NO_SALE);
        int voids = counted.getOrDefault(AuditAction.LINE_VOIDED.name(), 0)
                + counted.getOrDefault(AuditAction.TICKET_CANCELLED.name(), 0);
        int noSales = counted.getOrDefault(AuditAction.NO_SALE.name(), 0);
        return new Sales(first, last, all - returns, returns, m(n(t.value3())), discounts, m(-n(t.value4())), voids,
                noSales, m(n(t.value5())), rates, m(0) /* no top-up sales exist on the till yet */);
    }

    /** Each tender's takings in the shift (refunds negative); cash is net of change. */
    Map<String, Money> tenders(DSLContext tx, UUID shiftId) {
        Map<String, Money> out = new TreeMap<>();
        tx.select(SALE_TENDER.TENDER_TYPE, DSL.sum(SALE_TENDER.AMOUNT_MINOR)).from(SALE_TENDER).join(SALE)
                .on(SALE.ID.eq(SALE_TENDER.SALE_ID)).where(SALE.SHIFT_ID.eq(shiftId))
                .groupBy(SALE_TENDER.TENDER_TYPE).forEach(r -> out.put(r.value1(), m(n(r.value2()))));
        return out;
    }

    /** Each tender other than cash taken in the shift: total, how many, how many with a reference. */
    List<TenderTaken> otherTenders(DSLContext tx, UUID shiftId) {
        return tx.select(SALE_TENDER.TENDER_TYPE, DSL.sum(SALE_TENDER.AMOUNT_MINOR), DSL.count(),
                DSL.count(SALE_TENDER.REFERENCE)).from(SALE_TENDER).join(SALE).on(SALE.ID.eq(SALE_TENDER.SALE_ID))
                .where(SALE.SHIFT_ID.eq(shiftId)).and(SALE_TENDER.TENDER_TYPE.ne(TenderType.CASH.name()))
                .groupBy(SALE_TENDER.TENDER_TYPE).orderBy(SALE_TENDER.TENDER_TYPE)
                .fetch(r -> new TenderTaken(r.value1(), m(n(r.value2())), r.value3(), r.value4()));
    }

    long movements(DSLContext tx, UUID shiftId, Kind kind) {
        return CashRepository.movementTotal(tx, shiftId, kind);
    }

    /** The shift's last sale, or the terminal's last before it when the shift sold nothing. */
    LastSale lastSale(DSLContext tx, UUID shiftId) {
        var r = tx.select(SALE.ID, SALE.AUDIT_SEQ).from(SALE).where(SALE.SHIFT_ID.eq(shiftId))
                .orderBy(SALE.SEQUENCE_NO.desc()).limit(1).fetchOptional()
                .or(() -> tx.select(SALE.ID, SALE.AUDIT_SEQ).from(SALE).where(SALE.TERMINAL_CODE.eq(terminalCode))
                        .orderBy(SALE.SEQUENCE_NO.desc()).limit(1).fetchOptional());
        if (r.isEmpty()) {
            return new LastSale(null, null);
        }
        String hash = r.get().value2() == null
                ? null
                : tx.select(AUDIT_LOG.HASH).from(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(r.get().value2()))
                        .fetchOne(AUDIT_LOG.HASH);
        return new LastSale(r.get().value1(), hash);
    }

    /** Sale events the centre has not acknowledged (including rejected ones), and the rejected events. */
    int[] notAtCentre(DSLContext tx) {
        var r = tx.select(DSL.count().filterWhere(OUTBOX.EVENT_TYPE.eq(SaleEvent.TYPE)),
                DSL.count().filterWhere(OUTBOX.LAST_ERROR.isNotNull())).from(OUTBOX).where(OUTBOX.ACKED_AT.isNull())
                .fetchSingle();
        return new int[]{r.value1(), r.value2()};
    }

    /** Net sales of the terminal in shifts before the chain started (once, for the first chained Z). */
    long netBefore(DSLContext tx, UUID shiftId) {
        return n(tx.select(DSL.sum(SALE.TOTAL_MINOR)).from(SALE).where(SALE.TERMINAL_CODE.eq(terminalCode))
                .and(SALE.SHIFT_ID.ne(shiftId).or(SALE.SHIFT_ID.isNull())).fetchOne(0, BigDecimal.class));
    }

    /** How many audit entries of each of {@code actions} the shift has: one pass over the log, not one per action. */
    private Map<String, Integer> counted(DSLContext tx, ShiftRecord shift, AuditAction... actions) {
        Map<String, Integer> out = new TreeMap<>();
        tx.select(AUDIT_LOG.ACTION, DSL.count()).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.in(Arrays.stream(actions).map(AuditAction::name).toList()))
                .and(AUDIT_LOG.TERMINAL_CODE.eq(terminalCode)).and(AUDIT_LOG.AT.ge(shift.getOpenedAt()))
                .groupBy(AUDIT_LOG.ACTION).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private String receipt(DSLContext tx, Long seq) {
        return seq == null
                ? null
                : tx.select(SALE.RECEIPT_NO).from(SALE).where(SALE.TERMINAL_CODE.eq(terminalCode))
                        .and(SALE.SEQUENCE_NO.eq(seq)).fetchOne(SALE.RECEIPT_NO);
    }

    private void put(Map<String, Money> map, String kind, long minor) {
        if (minor != 0) {
            map.put(kind, m(minor));
        }
    }

    private Money m(long minor) {
        return Money.ofMinor(minor, currency);
    }
}
