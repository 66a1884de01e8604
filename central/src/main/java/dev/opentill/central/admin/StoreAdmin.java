package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.central.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import dev.opentill.central.admin.ImportRecords.StockLine;
import dev.opentill.central.admin.ImportRecords.PickupLineRow;
import dev.opentill.central.admin.ImportRecords.PickupOrderRow;
import dev.opentill.central.admin.ImportRecords.StockAdjustment;
import dev.opentill.central.admin.ImportRecords.StockReceipt;
import dev.opentill.central.admin.ImportRecords.StockTransfer;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.central.error.CentralException;
import dev.opentill.core.id.UuidV7;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** Stores, terminals and their enrollment, stock receipts, transfers and adjustments, and per-terminal sync status. */
public final class StoreAdmin {
    /** A terminal's sync health as the back office sees it. */
    public record TerminalStatus(String storeCode, String terminalCode, boolean enrolled, boolean revoked,
            Instant lastSeenAt, Instant lastPushAt, Instant lastPullAt, long maxAckedSeq, long pullPosition,
            long feedPosition, long backlog, Long lagSeconds, Long auditHeadSeq, String auditAlarm,
            Instant auditAlarmAt) {
    }

    public record StoreView(UUID id, String code, String name) {
    }

    public record TerminalView(UUID id, String storeCode, String code) {
    }

    public record EnrollmentCode(String storeCode, String terminalCode, String code, Instant expiresAt) {
    }

    private final DSLContext dsl;
    private final TerminalAuth auth;
    private final Clock clock;

    public StoreAdmin(DSLContext dsl, TerminalAuth auth, Clock clock) {
        this.dsl = dsl;
        this.auth = auth;
        this.clock = clock;
    }

    public StoreView createStore(String code, String name) {
        ImportRules.require(code != null && !code.isBlank() && name != null, "a store needs a code and a name");
        if (dsl.fetchExists(STORE, STORE.CODE.eq(code))) {
            throw CentralException.conflict("Store " + code + " already exists");
        }
        UUID id = UuidV7.next();
        dsl.insertInto(STORE).set(STORE.ID, id).set(STORE.CODE, code).set(STORE.NAME, name)
                .set(STORE.CREATED_AT, now()).execute();
        return new StoreView(id, code, name);
    }

    public TerminalView createTerminal(String storeCode, String code) {
        UUID storeId = storeId(storeCode);
        ImportRules.require(code != null && !code.isBlank(), "a terminal needs a code");
        if (dsl.fetchExists(TERMINAL, TERMINAL.STORE_ID.eq(storeId).and(TERMINAL.CODE.eq(code)))) {
            throw CentralException.conflict("Terminal " + code + " already exists in " + storeCode);
        }
        UUID id = UuidV7.next();
        dsl.insertInto(TERMINAL).set(TERMINAL.ID, id).set(TERMINAL.STORE_ID, storeId).set(TERMINAL.CODE, code)
                .set(TERMINAL.CREATED_AT, now()).execute();
        return new TerminalView(id, storeCode, code);
    }

    public EnrollmentCode enrollmentCode(String storeCode, String terminalCode, Duration validity) {
        UUID terminalId = terminalId(storeCode, terminalCode);
        String code = auth.issueEnrollmentCode(terminalId, validity);
        return new EnrollmentCode(storeCode, terminalCode, code, clock.instant().plus(validity));
    }

    public void revoke(String storeCode, String terminalCode) {
        auth.revoke(terminalId(storeCode, terminalCode));
    }

    /** Receives goods into a store: one positive stock ledger entry per line. */
    public int receiveStock(String storeCode, StockReceipt receipt) {
        ImportRules.require(receipt != null && hasLines(receipt.lines()), "a stock receipt needs lines");
        UUID store = storeId(storeCode);
        List<Entry> entries = new ArrayList<>();
        Map<String, UUID> ids = products(receipt.lines());
        for (StockLine l : receipt.lines()) {
            ImportRules.require(l.quantityMilli() > 0, "a received quantity must be positive (" + l.sku() + ")");
            entries.add(new Entry(store, ids.get(l.sku()), l.quantityMilli(), "receipt"));
        }
        return post(entries, receipt.reference());
    }

    /**
     * Moves goods from one store to another: for each line, a negative entry in the sending store
     * and a positive one in the receiving store, in one transaction, so stock is never counted in
     * both or in neither. Each store's tills see only their own store's balance change.
     */
    public int transferStock(StockTransfer transfer) {
        ImportRules.require(transfer != null && hasLines(transfer.lines()), "a stock transfer needs lines");
        ImportRules.require(transfer.fromStore() != null && !transfer.fromStore().equals(transfer.toStore()),
                "a stock transfer needs two different stores");
        UUID from = storeId(transfer.fromStore());
        UUID to = storeId(transfer.toStore());
        Map<String, UUID> ids = products(transfer.lines());
        List<Entry> entries = new ArrayList<>();
        for (StockLine l : transfer.lines()) {
            ImportRules.require(l.quantityMilli() > 0, "a transferred quantity must be positive (" + l.sku() + ")");
            entries.add(new Entry(from, ids.get(l.sku()), -l.quantityMilli(), "transfer_out"));
            entries.add(new Entry(to, ids.get(l.sku()), l.quantityMilli(), "transfer_in"));
        }
        return post(entries, transfer.reference()) / 2;
    }

    /** Corrects a store's stock (a stock take, damage, expiry, theft) with signed quantities. */
    public int adjustStock(String storeCode, StockAdjustment adjustment) {
        ImportRules.require(adjustment != null && hasLines(adjustment.lines()), "a stock adjustment needs lines");
        ImportRules.require(StockAdjustment.REASONS.contains(adjustment.reason()),
                "a stock adjustment's reason is one of " + StockAdjustment.REASONS);
        UUID store = storeId(storeCode);
        Map<String, UUID> ids = products(adjustment.lines());
        List<Entry> entries = new ArrayList<>();
        for (StockLine l : adjustment.lines()) {
            ImportRules.require(l.quantityMilli() != 0, "an adjusted quantity cannot be zero (" + l.sku() + ")");
            entries.add(new Entry(store, ids.get(l.sku()), l.quantityMilli(), adjustment.reason()));
        }
        return post(entries, adjustment.reference());
    }

    private record Entry(UUID storeId, UUID productId, long deltaMilli, String reason) {
    }

    private static boolean hasLines(List<StockLine> lines) {
        return lines != null && !lines.isEmpty() && lines.stream().allMatch(l -> l != null && l.sku() != null);
    }

    private Map<String, UUID> products(List<StockLine> lines) {
        Map<String, UUID> ids = dsl.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.SKU.in(lines.stream().map(StockLine::sku).toList())).fetchMap(PRODUCT.SKU, PRODUCT.ID);
        lines.forEach(l -> ImportRules.require(ids.containsKey(l.sku()), "unknown SKU " + l.sku()));
        return ids;
    }

    /** Writes the entries as one ledger batch in one transaction; the publisher folds them in. */
    private int post(List<Entry> entries, String reference) {
        ImportRules.require(reference == null || reference.length() <= 100, "a reference is at most 100 characters");
        OffsetDateTime now = now();
        return dsl.transactionResult(cfg -> {
            UUID batch = UuidV7.next();
            cfg.dsl().insertInto(LEDGER_BATCH, LEDGER_BATCH.ID, LEDGER_BATCH.CREATED_AT).values(batch, now).execute();
            var insert = cfg.dsl().insertInto(STOCK_LEDGER, STOCK_LEDGER.ID, STOCK_LEDGER.STORE_ID,
                    STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI, STOCK_LEDGER.REASON, STOCK_LEDGER.REFERENCE,
                    STOCK_LEDGER.CREATED_AT, STOCK_LEDGER.RECORDED_AT, STOCK_LEDGER.BATCH_ID);
            for (Entry e : entries) {
                insert = insert.values(UuidV7.next(), e.storeId(), e.productId(), e.deltaMilli(), e.reason(), reference,
                        now, now, batch);
            }
            return insert.execute();
        });
    }

    /**
     * Takes orders paid online for collection in a store, all or none; each is announced to that
     * store's tills. An order number already taken is a conflict.
     */
    public int pickupOrders(List<PickupOrderRow> rows) {
        OffsetDateTime now = now();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<ChangeLogWriter.Change> changes = new ArrayList<>();
            for (PickupOrderRow r : rows) {
                ImportRules.require(r.orderNo() != null && !r.orderNo().isBlank() && r.orderNo().length() <= 40
                        && r.lines() != null && !r.lines().isEmpty(), "an order needs a number (at most 40) and lines");
                UUID store = storeId(tx, r.storeCode());
                ImportRules.require(!tx.fetchExists(PICKUP_ORDER, PICKUP_ORDER.ORDER_NO.eq(r.orderNo())),
                        "order " + r.orderNo() + " exists already");
                Map<String, UUID> ids = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT)
                        .where(PRODUCT.SKU.in(r.lines().stream().map(PickupLineRow::sku).toList()))
                        .fetchMap(PRODUCT.SKU, PRODUCT.ID);
                UUID id = UuidV7.next();
                long paid = 0;
                int no = 0;
                List<Object[]> lines = new ArrayList<>();
                for (PickupLineRow l : r.lines()) {
                    ImportRules.require(ids.containsKey(l.sku()), "order " + r.orderNo() + ": unknown SKU " + l.sku());
                    ImportRules.require(l.quantityMilli() > 0 && l.quantityMilli() % 1000 == 0 && l.amountMinor() >= 0,
                            "order " + r.orderNo() + ": whole quantities and amounts >= 0");
                    lines.add(new Object[]{++no, ids.get(l.sku()), l.sku(), l.quantityMilli(), l.amountMinor()});
                    paid += l.amountMinor();
                }
                tx.insertInto(PICKUP_ORDER).set(PICKUP_ORDER.ID, id).set(PICKUP_ORDER.ORDER_NO, r.orderNo())
                        .set(PICKUP_ORDER.STORE_ID, store).set(PICKUP_ORDER.CUSTOMER_NAME, r.customerName())
                        .set(PICKUP_ORDER.CUSTOMER_PHONE, r.customerPhone()).set(PICKUP_ORDER.PAID_MINOR, paid)
                        .set(PICKUP_ORDER.STATUS, "READY").set(PICKUP_ORDER.CREATED_AT, now)
                        .set(PICKUP_ORDER.UPDATED_AT, now).execute();
                for (Object[] l : lines) {
                    tx.insertInto(PICKUP_ORDER_LINE).set(PICKUP_ORDER_LINE.ORDER_ID, id)
                            .set(PICKUP_ORDER_LINE.LINE_NO, (Integer) l[0])
                            .set(PICKUP_ORDER_LINE.PRODUCT_ID, (UUID) l[1])
                            .set(PICKUP_ORDER_LINE.SKU, (String) l[2])
                            .set(PICKUP_ORDER_LINE.QUANTITY_MILLI, (Long) l[3])
                            .set(PICKUP_ORDER_LINE.AMOUNT_MINOR, (Long) l[4]).execute();
                }
                changes.add(new ChangeLogWriter.Change(store, FeedRecords.PICKUP_ORDER, id.toString()));
            }
            ChangeLogWriter.append(tx, changes, now);
            return rows.size();
        });
    }

    /** Cancels an order not yet collected (refunded online); its store's tills drop it. */
    public void cancelPickupOrder(String orderNo) {
        OffsetDateTime now = now();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var order = tx.selectFrom(PICKUP_ORDER).where(PICKUP_ORDER.ORDER_NO.eq(orderNo)).forUpdate().fetchOne();
            if (order == null) {
                throw CentralException.notFound("No order " + orderNo);
            }
            if (!"READY".equals(order.getStatus())) {
                throw CentralException.conflict("Order " + orderNo + " is " + order.getStatus());
            }
            tx.update(PICKUP_ORDER).set(PICKUP_ORDER.STATUS, "CANCELLED").set(PICKUP_ORDER.UPDATED_AT, now)
                    .where(PICKUP_ORDER.ID.eq(order.getId())).execute();
            ChangeLogWriter.append(tx, List.of(new ChangeLogWriter.Change(order.getStoreId(), FeedRecords.PICKUP_ORDER,
                    order.getId().toString())), now);
        });
    }

    public List<TerminalStatus> status(long feedPosition) {
        Instant now = clock.instant();
        return dsl.select(STORE.CODE, TERMINAL.asterisk()).from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                .orderBy(STORE.CODE, TERMINAL.CODE).fetch(r -> {
                    var t = r.into(TERMINAL);
                    Instant oldest = instant(t.getReportedOldestPendingAt());
                    return new TerminalStatus(r.get(STORE.CODE), t.getCode(), t.getEnrolledAt() != null,
                            t.getRevokedAt() != null, instant(t.getLastSeenAt()), instant(t.getLastPushAt()),
                            instant(t.getLastPullAt()), t.getMaxAckedSeq(), t.getPullPosition(), feedPosition,
                            t.getReportedPending(),
                            oldest == null || t.getReportedPending() == 0
                                    ? null
                                    : Duration.between(oldest, now).toSeconds(),
                            t.getAuditHeadSeq(), t.getAuditAlarm(), instant(t.getAuditAlarmAt()));
                });
    }

    public UUID storeId(String code) {
        return storeId(dsl, code);
    }

    /** The store with this code as {@code ctx} (a transaction, say) sees it, or 404. */
    private static UUID storeId(DSLContext ctx, String code) {
        return ctx.select(STORE.ID).from(STORE).where(STORE.CODE.eq(code)).fetchOptional(STORE.ID)
                .orElseThrow(() -> CentralException.notFound("Unknown store " + code));
    }

    private UUID terminalId(String storeCode, String terminalCode) {
        return dsl.select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.STORE_ID.eq(storeId(storeCode)))
                .and(TERMINAL.CODE.eq(terminalCode)).fetchOptional(TERMINAL.ID)
                .orElseThrow(
                        () -> CentralException.notFound("Unknown terminal " + terminalCode + " in store " + storeCode));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
