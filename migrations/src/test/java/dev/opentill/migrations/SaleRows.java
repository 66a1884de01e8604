package dev.opentill.migrations;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Sale-like rows written the way pos-app's SaleWriter completes a sale: the receipt number, the
 * sale, its lines, its tender and its outbox event in one transaction, then
 * {@link TillStore#syncToDisk()}; only then is the sale "reported". Also the unsynced commits a
 * till makes besides (acknowledged outbox rows, settings), and the check of a reopened store.
 */
final class SaleRows {
    static final String TERMINAL = "S1-T1";
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC);

    private SaleRows() {
    }

    /** Completes sale {@code n} (1-based count of this run, used for its amounts) and returns its id once durable. */
    static UUID complete(TillStore store, int n) {
        UUID saleId = UUID.randomUUID();
        int lines = 1 + n % 4;
        store.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long seq = nextSequence(tx);
            long total = 0;
            var insert = tx.insertInto(SALE_LINE, SALE_LINE.ID, SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.SKU,
                    SALE_LINE.NAME_ZH, SALE_LINE.NAME_EN, SALE_LINE.TAX_RATE_BP, SALE_LINE.WEIGHED,
                    SALE_LINE.QUANTITY_MILLI,
                    SALE_LINE.UNIT_PRICE_MINOR, SALE_LINE.LINE_DISCOUNT_MINOR, SALE_LINE.TICKET_DISCOUNT_MINOR,
                    SALE_LINE.PAID_MINOR, SALE_LINE.VOIDED);
            for (int i = 1; i <= lines; i++) {
                long paid = 100L * n + i;
                total += paid;
                insert = insert.values(UUID.randomUUID(), saleId, i, "SKU-" + i, "商品" + i, "Item " + i, 1300, false,
                        1000L,
                        paid, 0L, 0L, paid, false);
            }
            tx.insertInto(SALE).set(SALE.ID, saleId).set(SALE.RECEIPT_NO, TERMINAL + "-" + seq)
                    .set(SALE.TERMINAL_CODE, TERMINAL)
                    .set(SALE.SEQUENCE_NO, seq).set(SALE.KIND, "SALE").set(SALE.CASHIER_ID, saleId)
                    .set(SALE.OPENED_AT, AT)
                    .set(SALE.COMPLETED_AT, AT).set(SALE.CURRENCY, "CNY").set(SALE.SUBTOTAL_MINOR, total)
                    .set(SALE.DISCOUNT_MINOR, 0L).set(SALE.TAX_MINOR, 0L).set(SALE.TOTAL_MINOR, total)
                    .set(SALE.CASH_ROUNDING_MINOR, 0L).set(SALE.CHANGE_MINOR, 0L).execute();
            insert.execute();
            tx.insertInto(SALE_TENDER).set(SALE_TENDER.ID, UUID.randomUUID()).set(SALE_TENDER.SALE_ID, saleId)
                    .set(SALE_TENDER.TENDER_NO, 1).set(SALE_TENDER.TENDER_TYPE, "CASH")
                    .set(SALE_TENDER.AMOUNT_MINOR, total).execute();
            long outboxSeq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
            tx.insertInto(OUTBOX).set(OUTBOX.SEQ, outboxSeq).set(OUTBOX.EVENT_ID, UUID.randomUUID())
                    .set(OUTBOX.EVENT_TYPE, "sale.completed").set(OUTBOX.AGGREGATE_ID, saleId)
                    .set(OUTBOX.PAYLOAD, "{\"sale\":\"" + saleId + "\",\"pad\":\"" + "x".repeat(600) + "\"}")
                    .set(OUTBOX.CREATED_AT, AT).execute();
        });
        store.syncToDisk();
        return saleId;
    }

    private static long nextSequence(DSLContext tx) {
        int updated = tx.update(RECEIPT_SEQUENCE).set(RECEIPT_SEQUENCE.LAST_VALUE, RECEIPT_SEQUENCE.LAST_VALUE.plus(1))
                .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(TERMINAL)).execute();
        if (updated == 0) {
            tx.insertInto(RECEIPT_SEQUENCE).set(RECEIPT_SEQUENCE.TERMINAL_CODE, TERMINAL)
                    .set(RECEIPT_SEQUENCE.LAST_VALUE, 1L).execute();
            return 1;
        }
        return tx.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(TERMINAL))
                .fetchSingle().value1();
    }

    /** What the sync agent does when the centre acknowledges: an update with no fsync after it. */
    static void acknowledgeAll(TillStore store) {
        store.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, AT).where(OUTBOX.ACKED_AT.isNull()).execute();
    }

    /** An unsynced commit of about 3 KB that leaves garbage behind when repeated (the space compaction reclaims). */
    static void scribble(TillStore store, int n) {
        String key = "scribble." + (n % 40);
        String value = Integer.toString(n).repeat(3000 / (1 + Integer.toString(n).length()));
        store.dsl().mergeInto(STORE_SETTING).using(DSL.selectOne()).on(STORE_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(STORE_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    /** Deletes the scribbles, as pruning old rows would, leaving space for compaction to reclaim. */
    static void prune(TillStore store) {
        store.dsl().deleteFrom(STORE_SETTING).where(STORE_SETTING.SETTING_KEY.startsWith("scribble.")).execute();
    }

    /**
     * Problems of a reopened store: a reported sale missing or not whole (lines, tender and outbox
     * event agreeing with its total), or receipt numbers with a gap. Empty when all is well.
     */
    static List<String> problems(TillStore store, Set<UUID> reported) {
        List<String> problems = new ArrayList<>();
        DSLContext db = store.dsl();
        Map<UUID, Long> totals = db.select(SALE.ID, SALE.TOTAL_MINOR).from(SALE).fetchMap(SALE.ID, SALE.TOTAL_MINOR);
        Map<UUID, Long> lines = db.select(SALE_LINE.SALE_ID, DSL.sum(SALE_LINE.PAID_MINOR).cast(Long.class))
                .from(SALE_LINE)
                .groupBy(SALE_LINE.SALE_ID).fetchMap(Record2::value1, Record2::value2);
        Map<UUID, Long> tenders = db.select(SALE_TENDER.SALE_ID, DSL.sum(SALE_TENDER.AMOUNT_MINOR).cast(Long.class))
                .from(SALE_TENDER).groupBy(SALE_TENDER.SALE_ID).fetchMap(Record2::value1, Record2::value2);
        Set<UUID> events = db.selectDistinct(OUTBOX.AGGREGATE_ID).from(OUTBOX).fetchSet(OUTBOX.AGGREGATE_ID);
        long missing = reported.stream().filter(id -> !totals.containsKey(id)).count();
        if (missing > 0) {
            problems.add(missing + " of " + reported.size() + " reported sales missing");
        }
        for (Map.Entry<UUID, Long> sale : totals.entrySet()) {
            UUID id = sale.getKey();
            if (!sale.getValue().equals(lines.get(id)) || !sale.getValue().equals(tenders.get(id))
                    || !events.contains(id)) {
                problems.add("sale " + id + " is not whole");
            }
        }
        List<Long> sequence = db.select(SALE.SEQUENCE_NO).from(SALE).orderBy(SALE.SEQUENCE_NO).fetch(SALE.SEQUENCE_NO);
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i) != i + 1) {
                problems.add("receipt numbers have a gap before " + sequence.get(i));
                break;
            }
        }
        Long last = db.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE).fetchOne(RECEIPT_SEQUENCE.LAST_VALUE);
        if (!sequence.isEmpty() && !sequence.get(sequence.size() - 1).equals(last)) {
            problems.add("receipt sequence at " + last + " after sale " + sequence.get(sequence.size() - 1));
        }
        return problems;
    }
}
