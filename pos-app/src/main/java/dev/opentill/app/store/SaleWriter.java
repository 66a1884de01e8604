package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.COUPON;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.store.jooq.Tables.SALE_PROMOTION;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TAX;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import dev.opentill.core.id.UuidV7;
import dev.opentill.core.receipt.ReceiptNumber;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.migrations.TillStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SettledSale;
import dev.opentill.core.tender.TenderType;
import dev.opentill.sync.SyncJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes a completed sale in one transaction: receipt number, sale, lines, tenders, taxes, stock
 * and points ledger entries, the outbox event, the audit entry, and the end of the open ticket.
 * The sale is durable when its record in the open ticket's journal is: that record (one fsynced
 * write) is made inside the transaction, after every row is in place and before the commit, so
 * nothing (the sync agent included) sees a sale that is not durable. The store reaches the disk
 * later, when the till is idle or before the journal wraps over the record ({@link #recover}
 * writes the sales the store lost in a crash again at start). See ARCHITECTURE.md, "Durability".
 */
public final class SaleWriter {
    private static final ObjectMapper WIRE = SyncJson.mapper();
    private static final System.Logger LOG = System.getLogger("till");

    private final TillStore store;
    private final AuditLog audit;
    private final OpenTicketRepository openTickets;
    private final TicketJournal journal;
    private final OrderNumbering numbering;

    /** A writer whose made-to-order sales are numbered by {@code numbering}. */
    public SaleWriter(TillStore store, AuditLog audit, OpenTicketRepository openTickets, OrderNumbering numbering) {
        this.store = store;
        this.audit = audit;
        this.openTickets = openTickets;
        this.journal = openTickets.journal();
        this.numbering = numbering;
    }

    /**
     * Persists {@code event} (built with sequence 0 and no receipt number: both are assigned here)
     * with what each promotion saved on the sale (the price proof's applied promotions) and
     * returns it as stored, durable.
     */
    public SaleEvent complete(SaleEvent draft, SettledSale sale, UUID shiftId, List<PriceProof.Applied> promotions) {
        List<JournaledSale.Saving> savings = promotions.stream().map(a -> new JournaledSale.Saving(
                a.promotion().id(), a.promotion().nameZh(), a.promotion().nameEn(), a.saving().minor())).toList();
        long[] record = {0};
        SaleEvent stored;
        try {
            stored = store.dsl().transactionResult(cfg -> {
                DSLContext tx = DSL.using(cfg);
                long seq = nextReceiptSequence(tx, draft.terminalCode());
                SaleEvent e = draft.withNumber(seq, new ReceiptNumber(draft.terminalCode(), seq).text());
                if (e.madeToOrder() && e.kind() == SaleKind.SALE) {
                    e = e.withOrderNumber(numbering.next(tx, e.completedAt()));
                }
                JournaledSale j = new JournaledSale(payload(e), shiftId, sale.lines(), sale.totals().taxLines(),
                        savings, UuidV7.next(), e.completedAt(), 0);
                write(tx, e, j);
                record[0] = journal.lastSeq() + 1;
                journal.appendSale(j.bytes());
                openTickets.closeThrough(tx, record[0]);
                return e;
            });
        } catch (RuntimeException failed) {
            if (record[0] > 0) {
                voidRecord(record[0], failed);
            }
            throw failed;
        }
        journal.committed(record[0]);
        openTickets.flushWhenIdle();
        return stored;
    }

    /**
     * At start, before anything else writes: writes again every journaled sale the store does not
     * have (it lost them with the power), in order, then makes the store durable so their records
     * may be overwritten. Returns how many sales were written again.
     */
    public int recover() {
        List<TicketJournal.Entry> found = journal.salesAfter(openTickets.closedThrough());
        Set<Long> voided = new HashSet<>();
        List<Map.Entry<Long, JournaledSale>> sales = new ArrayList<>();
        for (TicketJournal.Entry entry : found) {
            JournaledSale j = JournaledSale.read(entry.payload());
            if (j.voidOf() > 0) {
                voided.add(j.voidOf());
            } else {
                sales.add(Map.entry(entry.seq(), j));
            }
        }
        int written = 0;
        for (Map.Entry<Long, JournaledSale> s : sales) {
            if (voided.contains(s.getKey())) {
                continue;
            }
            JournaledSale j = s.getValue();
            SaleEvent e = event(j.event());
            store.dsl().transaction(cfg -> {
                DSLContext tx = DSL.using(cfg);
                setReceiptSequence(tx, e.terminalCode(), e.sequenceNo());
                if (e.orderNumber() != null) {
                    numbering.restore(tx, e.completedAt(), e.orderNumber());
                }
                write(tx, e, j);
                openTickets.closeThrough(tx, s.getKey());
            });
            written++;
        }
        store.syncToDisk();
        journal.committed(journal.lastSeq());
        journal.markDurable(journal.lastSeq());
        if (written > 0) {
            LOG.log(System.Logger.Level.WARNING, "Wrote {0} sale(s) again from the journal: the store had lost them",
                    written);
        }
        return written;
    }

    /** The sale rows, the outbox event and the audit entry of {@code e}, within {@code tx}. */
    private void write(DSLContext tx, SaleEvent e, JournaledSale j) {
        insertSale(tx, e, j, j.shiftId());
        for (JournaledSale.Saving a : j.savings()) {
            tx.insertInto(SALE_PROMOTION).set(SALE_PROMOTION.SALE_ID, e.saleId())
                    .set(SALE_PROMOTION.PROMOTION_ID, a.promotionId()).set(SALE_PROMOTION.NAME_ZH, a.nameZh())
                    .set(SALE_PROMOTION.NAME_EN, a.nameEn()).set(SALE_PROMOTION.SAVING_MINOR, a.savingMinor())
                    .execute();
        }
        appendOutbox(tx, e, j.event());
        boolean refund = e.kind() == SaleKind.RETURN;
        long auditSeq = audit.append(tx, j.auditId(), j.auditAt(), e.cashierId(), null,
                refund ? AuditAction.RETURN_COMPLETED : AuditAction.SALE_COMPLETED, e.receiptNo(),
                "total=" + e.totalMinor() + " " + e.currency());
        tx.update(SALE).set(SALE.AUDIT_SEQ, auditSeq).where(SALE.ID.eq(e.saleId())).execute();
    }

    private void voidRecord(long seq, RuntimeException failed) {
        try {
            journal.appendSale(JournaledSale.voiding(seq).bytes());
        } catch (RuntimeException alsoFailed) {
            failed.addSuppressed(alsoFailed);
            LOG.log(System.Logger.Level.ERROR, "A failed sale's journal record could not be voided", alsoFailed);
        }
    }

    private static void setReceiptSequence(DSLContext tx, String terminal, long value) {
        tx.mergeInto(RECEIPT_SEQUENCE).columns(RECEIPT_SEQUENCE.TERMINAL_CODE, RECEIPT_SEQUENCE.LAST_VALUE)
                .key(RECEIPT_SEQUENCE.TERMINAL_CODE).values(terminal, value).execute();
    }

    private static long nextReceiptSequence(DSLContext tx, String terminal) {
        int updated = tx.update(RECEIPT_SEQUENCE).set(RECEIPT_SEQUENCE.LAST_VALUE, RECEIPT_SEQUENCE.LAST_VALUE.plus(1))
                .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(terminal)).execute();
        if (updated == 0) {
            tx.insertInto(RECEIPT_SEQUENCE).set(RECEIPT_SEQUENCE.TERMINAL_CODE, terminal)
                    .set(RECEIPT_SEQUENCE.LAST_VALUE, 1L).execute();
            return 1;
        }
        return tx.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(terminal))
                .fetchSingle().value1();
    }

    private static void insertSale(DSLContext tx, SaleEvent e, JournaledSale sale, UUID shiftId) {
        OffsetDateTime completed = utc(e.completedAt());
        tx.insertInto(SALE)
                .set(SALE.ID, e.saleId()).set(SALE.RECEIPT_NO, e.receiptNo()).set(SALE.TERMINAL_CODE, e.terminalCode())
                .set(SALE.SEQUENCE_NO, e.sequenceNo()).set(SALE.KIND, e.kind().name())
                .set(SALE.ORIGINAL_SALE_ID, e.originalSaleId())
                .set(SALE.SHIFT_ID, shiftId).set(SALE.CASHIER_ID, e.cashierId()).set(SALE.MEMBER_CARD, e.memberCard())
                .set(SALE.OPENED_AT, utc(e.openedAt())).set(SALE.COMPLETED_AT, completed)
                .set(SALE.CURRENCY, e.currency())
                .set(SALE.SUBTOTAL_MINOR, e.subtotalMinor()).set(SALE.DISCOUNT_MINOR, e.discountMinor())
                .set(SALE.TAX_MINOR, e.taxMinor()).set(SALE.TOTAL_MINOR, e.totalMinor())
                .set(SALE.CASH_ROUNDING_MINOR, e.cashRoundingMinor()).set(SALE.CHANGE_MINOR, e.changeMinor())
                .set(SALE.OFFLINE, e.offline()).set(SALE.ORDER_NUMBER, e.orderNumber())
                .execute();
        var lines = tx.insertInto(SALE_LINE, SALE_LINE.ID, SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.PRODUCT_ID,
                SALE_LINE.SKU,
                SALE_LINE.NAME_ZH, SALE_LINE.NAME_EN, SALE_LINE.TAX_RATE_BP, SALE_LINE.WEIGHED,
                SALE_LINE.QUANTITY_MILLI,
                SALE_LINE.UNIT_PRICE_MINOR, SALE_LINE.OVERRIDE_PRICE_MINOR, SALE_LINE.FIXED_AMOUNT_MINOR,
                SALE_LINE.LINE_DISCOUNT_MINOR,
                SALE_LINE.TICKET_DISCOUNT_MINOR, SALE_LINE.PAID_MINOR, SALE_LINE.VOIDED, SALE_LINE.RETURN_OF_SALE_ID,
                SALE_LINE.RETURN_OF_LINE_ID, SALE_LINE.PROMOTION_ID, SALE_LINE.OPTIONS);
        for (SettledSale.Line s : sale.lines()) {
            TicketLine t = s.line();
            lines = lines.values(t.id(), e.saleId(), s.lineNo(), t.productId(), t.sku(),
                    t.nameZh() == null ? "" : t.nameZh(),
                    t.nameEn() == null ? "" : t.nameEn(), t.taxRateBasisPoints(), t.weighed(), t.quantityMilli(),
                    t.unitPrice().minor(), t.overridePrice() == null ? null : t.overridePrice().minor(),
                    t.fixedAmount() == null ? null : t.fixedAmount().minor(), s.lineDiscount().minor(),
                    s.ticketDiscount().minor(), s.paid().minor(), t.voided(),
                    t.returnOf() == null ? null : e.originalSaleId(),
                    t.returnOf() == null ? null : t.returnOf().lineId(), t.voided() ? null : t.promotionId(),
                    t.options() == null ? null : TicketCodec.write(t.options()));
        }
        lines.execute();
        // Multi-row inserts: one statement per table keeps the completing transaction short.
        var tenders = tx.insertInto(SALE_TENDER, SALE_TENDER.ID, SALE_TENDER.SALE_ID, SALE_TENDER.TENDER_NO,
                SALE_TENDER.TENDER_TYPE, SALE_TENDER.AMOUNT_MINOR, SALE_TENDER.REFERENCE);
        int n = 0;
        for (SaleEvent.Payment p : e.payments()) {
            tenders = tenders.values(UuidV7.next(), e.saleId(), ++n, p.type(), p.amountMinor(), p.reference());
        }
        if (n > 0) {
            tenders.execute();
        }
        var taxes = tx.insertInto(SALE_TAX, SALE_TAX.SALE_ID, SALE_TAX.RATE_BP, SALE_TAX.NET_MINOR, SALE_TAX.TAX_MINOR,
                SALE_TAX.GROSS_MINOR);
        for (TaxLine t : sale.taxes()) {
            taxes = taxes.values(e.saleId(), t.rateBasisPoints(), t.net().minor(), t.tax().minor(), t.gross().minor());
        }
        if (!sale.taxes().isEmpty()) {
            taxes.execute();
        }
        for (SaleEvent.CouponUse c : e.coupons()) {
            tx.insertInto(SALE_COUPON).set(SALE_COUPON.SALE_ID, e.saleId()).set(SALE_COUPON.COUPON_ID, c.couponId())
                    .set(SALE_COUPON.CODE, c.code()).set(SALE_COUPON.AMOUNT_MINOR, c.amountMinor()).execute();
            // Used here: not taken again on this till, whatever the centre says before it hears of it.
            int marked = tx.update(COUPON).set(COUPON.USED_SALE_ID, e.saleId()).where(COUPON.ID.eq(c.couponId()))
                    .and(COUPON.USED_SALE_ID.isNull()).execute();
            if (marked != 1) {
                throw new SaleException(SaleError.COUPON_NOT_VALID,
                        "Coupon " + c.code() + " was used meanwhile", c.code());
            }
        }
        for (SaleEvent.Payment p : e.payments()) {
            if (TenderType.PREPAID.name().equals(p.type()) && p.reference() != null) {
                int marked = tx.update(PICKUP_ORDER).set(PICKUP_ORDER.COLLECTED_SALE_ID, e.saleId())
                        .where(PICKUP_ORDER.ORDER_NO.eq(p.reference())).and(PICKUP_ORDER.COLLECTED_SALE_ID.isNull())
                        .execute();
                if (marked != 1) {
                    throw new SaleException(SaleError.ORDER_NOT_READY,
                            "Order " + p.reference() + " was collected meanwhile", p.reference());
                }
            }
        }
        var stock = tx.insertInto(STOCK_LEDGER, STOCK_LEDGER.ID, STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI,
                STOCK_LEDGER.REASON, STOCK_LEDGER.REF_ID, STOCK_LEDGER.CREATED_AT);
        for (SaleEvent.StockEntry st : e.stock()) {
            stock = stock.values(st.entryId(), st.productId(), st.deltaMilli(), st.reason(), e.saleId(), completed);
        }
        if (!e.stock().isEmpty()) {
            stock.execute();
        }
        for (SaleEvent.PointsEntry p : e.points()) {
            tx.insertInto(POINTS_LEDGER).set(POINTS_LEDGER.ID, p.entryId())
                    .set(POINTS_LEDGER.MEMBER_CARD, p.memberCard())
                    .set(POINTS_LEDGER.DELTA, p.delta()).set(POINTS_LEDGER.REASON, p.reason())
                    .set(POINTS_LEDGER.REF_ID, e.saleId()).set(POINTS_LEDGER.CREATED_AT, completed).execute();
        }
    }

    private static void appendOutbox(DSLContext tx, SaleEvent e, String payload) {
        long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
        tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, e.eventId())
                .set(OUTBOX.EVENT_TYPE, SaleEvent.TYPE)
                .set(OUTBOX.AGGREGATE_ID, e.saleId()).set(OUTBOX.PAYLOAD, payload)
                .set(OUTBOX.CREATED_AT, utc(e.completedAt())).execute();
    }

    /** The event as the centre reads it: the sync protocol's own JSON mapping, not the till's document one. */
    private static String payload(SaleEvent e) {
        try {
            return WIRE.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise sale event " + e.eventId(), ex);
        }
    }

    private static SaleEvent event(String payload) {
        try {
            return WIRE.readValue(payload, SaleEvent.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("A journaled sale event is unreadable", ex);
        }
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
