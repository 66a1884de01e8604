package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.store.jooq.Tables.SALE_PROMOTION;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TAX;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.ReceiptNumber;
import dev.opentill.core.returns.SoldLine;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.store.jooq.tables.records.SaleCouponRecord;
import dev.opentill.store.jooq.tables.records.SalePromotionRecord;
import dev.opentill.store.jooq.tables.records.SaleLineRecord;
import dev.opentill.store.jooq.tables.records.SaleRecord;
import dev.opentill.store.jooq.tables.records.SaleTaxRecord;
import dev.opentill.store.jooq.tables.records.SaleTenderRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads completed sales back: for receipts and reprints, the journal, and returns. */
public final class SaleReader {
    private final DSLContext dsl;

    public SaleReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A completed sale with everything a receipt shows. */
    public record StoredSale(SaleRecord sale, List<SaleLineRecord> lines, List<SaleTenderRecord> tenders,
            List<SaleTaxRecord> taxes, String cashierName, String originalReceiptNo,
            List<SaleCouponRecord> coupons, List<SalePromotionRecord> promotions) {
    }

    /** A made-to-order sale's daily number, completion time and lines (as sold), for its cup labels. */
    public record NumberedSale(int orderNumber, String receiptNo, Instant completedAt, List<TicketLine> lines) {
    }

    /** The sale if it was given an order number (something on it was made to order). */
    public Optional<NumberedSale> numbered(UUID saleId) {
        SaleRecord sale = dsl.selectFrom(SALE).where(SALE.ID.eq(saleId)).fetchOne();
        if (sale == null || sale.getOrderNumber() == null) {
            return Optional.empty();
        }
        Currency c = Currency.getInstance(sale.getCurrency());
        return Optional
                .of(new NumberedSale(sale.getOrderNumber(), sale.getReceiptNo(), sale.getCompletedAt().toInstant(),
                        dsl.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(saleId)).orderBy(SALE_LINE.LINE_NO)
                                .fetch(l -> toTicketLine(l, c))));
    }

    public Optional<StoredSale> load(UUID saleId) {
        SaleRecord sale = dsl.selectFrom(SALE).where(SALE.ID.eq(saleId)).fetchOne();
        if (sale == null) {
            return Optional.empty();
        }
        String cashier = dsl.select(CASHIER.NAME).from(CASHIER).where(CASHIER.ID.eq(sale.getCashierId()))
                .fetchOptional(CASHIER.NAME)
                .orElse("");
        String original = sale.getOriginalSaleId() == null
                ? null
                : dsl.select(SALE.RECEIPT_NO).from(SALE).where(SALE.ID.eq(sale.getOriginalSaleId()))
                        .fetchOne(SALE.RECEIPT_NO);
        return Optional.of(new StoredSale(sale,
                dsl.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(saleId)).orderBy(SALE_LINE.LINE_NO).fetch(),
                dsl.selectFrom(SALE_TENDER).where(SALE_TENDER.SALE_ID.eq(saleId)).orderBy(SALE_TENDER.TENDER_NO)
                        .fetch(),
                dsl.selectFrom(SALE_TAX).where(SALE_TAX.SALE_ID.eq(saleId)).orderBy(SALE_TAX.RATE_BP.desc()).fetch(),
                cashier, original, dsl.selectFrom(SALE_COUPON)
                        .where(SALE_COUPON.SALE_ID.eq(saleId))
                        .orderBy(SALE_COUPON.CODE).fetch(),
                dsl.selectFrom(SALE_PROMOTION).where(SALE_PROMOTION.SALE_ID.eq(saleId))
                        .orderBy(SALE_PROMOTION.SAVING_MINOR.desc(), SALE_PROMOTION.NAME_EN).fetch()));
    }

    /** The sale or return with this receipt number, if this till made it. */
    public Optional<SaleSummary> byReceiptNo(String receiptNo) {
        return dsl.selectFrom(SALE).where(SALE.RECEIPT_NO.eq(receiptNo)).fetchOptional()
                .map(s -> summary(s, tenderTypes(List.of(s.getId())).getOrDefault(s.getId(), List.of()),
                        !notAtCentre(List.of(s.getId())).contains(s.getId())));
    }

    /**
     * Whether {@code receiptNo} names a sale this store numbered but no longer holds: the store has
     * pruned old sales ({@link SalePruner}) and the number is within what it has issued.
     */
    public boolean wasPruned(String receiptNo) {
        if (!ReceiptNumber.looksLikeReceiptNumber(receiptNo)
                || dsl.fetchCount(STORE_SETTING, STORE_SETTING.SETTING_KEY.eq(SalePruner.PRUNED_BEFORE)) == 0) {
            return false;
        }
        ReceiptNumber n = ReceiptNumber.parse(receiptNo);
        return dsl.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(n.terminalCode())).fetchOptional(RECEIPT_SEQUENCE.LAST_VALUE)
                .map(last -> n.sequence() <= last).orElse(false)
                && dsl.fetchCount(SALE, SALE.RECEIPT_NO.eq(receiptNo)) == 0;
    }

    /** Sales and returns completed since {@code from}, newest first, with their tender types. */
    public List<SaleSummary> since(Instant from, int limit) {
        List<SaleRecord> sales = dsl.selectFrom(SALE).where(SALE.COMPLETED_AT.ge(SaleWriter.utc(from)))
                .orderBy(SALE.COMPLETED_AT.desc()).limit(limit).fetch();
        List<UUID> ids = sales.stream().map(SaleRecord::getId).toList();
        Map<UUID, List<String>> tenders = tenderTypes(ids);
        Set<UUID> waiting = notAtCentre(ids);
        return sales.stream()
                .map(s -> summary(s, tenders.getOrDefault(s.getId(), List.of()), !waiting.contains(s.getId())))
                .toList();
    }

    private static SaleSummary summary(SaleRecord s, List<String> tenderTypes, boolean atCentre) {
        return new SaleSummary(s.getId(), s.getReceiptNo(), s.getCompletedAt().toInstant(),
                Money.ofMinor(s.getTotalMinor(), Currency.getInstance(s.getCurrency())), SaleKind.valueOf(s.getKind()),
                tenderTypes, atCentre);
    }

    /** Which of {@code saleIds} still wait in the outbox: their event is not acknowledged by the centre. */
    private Set<UUID> notAtCentre(Collection<UUID> saleIds) {
        if (saleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.selectDistinct(OUTBOX.AGGREGATE_ID).from(OUTBOX)
                .where(OUTBOX.AGGREGATE_ID.in(saleIds)).and(OUTBOX.ACKED_AT.isNull()).fetch(OUTBOX.AGGREGATE_ID));
    }

    /** The tender types of each of {@code saleIds}, in tender order, read with one query. */
    private Map<UUID, List<String>> tenderTypes(Collection<UUID> saleIds) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (saleIds.isEmpty()) {
            return out;
        }
        dsl.select(SALE_TENDER.SALE_ID, SALE_TENDER.TENDER_TYPE).from(SALE_TENDER)
                .where(SALE_TENDER.SALE_ID.in(saleIds))
                .orderBy(SALE_TENDER.SALE_ID, SALE_TENDER.TENDER_NO)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    /**
     * The lines of a sale that a return may refund, with what earlier returns already took back.
     * Voided lines and the sale's own refund lines are left out.
     */
    public List<SoldLine> returnable(UUID saleId, Currency currency) {
        var r = SALE_LINE.as("r");
        var returnedQty = DSL.coalesce(DSL.sum(r.QUANTITY_MILLI.neg()), BigDecimal.ZERO);
        var refunded = DSL.coalesce(DSL.sum(r.PAID_MINOR.neg()), BigDecimal.ZERO);
        List<SoldLine> out = new ArrayList<>();
        dsl.select(SALE_LINE.fields()).select(returnedQty, refunded)
                .from(SALE_LINE).leftJoin(r).on(r.RETURN_OF_LINE_ID.eq(SALE_LINE.ID).and(r.VOIDED.isFalse()))
                .where(SALE_LINE.SALE_ID.eq(saleId)).and(SALE_LINE.VOIDED.isFalse())
                .and(SALE_LINE.RETURN_OF_LINE_ID.isNull())
                .and(SALE_LINE.QUANTITY_MILLI.gt(0L))
                .groupBy(SALE_LINE.fields()).orderBy(SALE_LINE.LINE_NO)
                .forEach(rec -> {
                    SaleLineRecord l = rec.into(SALE_LINE);
                    out.add(new SoldLine(toTicketLine(l, currency), l.getQuantityMilli(),
                            Money.ofMinor(l.getPaidMinor(), currency),
                            rec.get(returnedQty).longValue(), Money.ofMinor(rec.get(refunded).longValue(), currency)));
                });
        return out;
    }

    /** A stored line as the ticket line it was sold as (without its return reference). */
    public static TicketLine toTicketLine(SaleLineRecord l, Currency c) {
        return new TicketLine(l.getId(), l.getProductId(), l.getSku(), l.getNameZh(), l.getNameEn(), l.getTaxRateBp(),
                l.getWeighed(),
                l.getQuantityMilli(), Money.ofMinor(l.getUnitPriceMinor(), c),
                l.getOverridePriceMinor() == null ? null : Money.ofMinor(l.getOverridePriceMinor(), c),
                l.getFixedAmountMinor() == null ? null : Money.ofMinor(l.getFixedAmountMinor(), c),
                Money.ofMinor(l.getLineDiscountMinor(), c), l.getVoided(), null, l.getPromotionId(),
                TicketCodec.readOptions(l.getOptions()));
    }
}
