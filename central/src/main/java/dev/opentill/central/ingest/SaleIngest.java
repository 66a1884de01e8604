package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.COUPON_REDEMPTION;
import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.PICKUP_COLLECTION;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.SALE_LINE;
import static dev.opentill.central.jooq.Tables.SALE_PAYMENT;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.db.BoundInsert;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.error.CentralException.Reason;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.DeliveryStatusEvent;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushResponse;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import dev.opentill.core.sync.SyncProtocol.Rejected;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a pushed batch. The whole batch is checked first ({@link BatchCheck}): a foreign event
 * refuses the batch; a refused event is set aside (answered as rejected) or, for older agents,
 * refuses the batch. Then the new events commit together in one transaction (one event per
 * transaction if that fails), keyed by their event ids, so a resend is acknowledged and ignored.
 */
public final class SaleIngest {
    private static final Logger LOG = LoggerFactory.getLogger(SaleIngest.class);
    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Executor lanes;
    private final Map<UUID, Instant> lastTouched = new ConcurrentHashMap<>();
    private final Inserts inserts;
    private final StaffPinIngest staffPins;
    private final ZIngest zReports;
    private final SoldOutIngest soldOuts;
    /** Event types applied by their own ingest, not as sales. */
    private static final Set<String> OWN_INGEST = Set.of(StaffPinEvent.TYPE, SoldOutEvent.TYPE,
            DeliveryStatusEvent.TYPE);
    private final DeliveryIngest deliveries;
    /** The tender of an order paid online; its reference is the order number. */
    private static final String PREPAID = "PREPAID";

    public SaleIngest(DSLContext dsl, ObjectMapper mapper, Clock clock, Executor lanes) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
        this.lanes = lanes;
        this.inserts = Inserts.of(dsl);
        this.staffPins = new StaffPinIngest(dsl, mapper, clock);
        this.zReports = new ZIngest(dsl);
        this.soldOuts = new SoldOutIngest(dsl, mapper, clock);
        this.deliveries = new DeliveryIngest(dsl, mapper, clock);
    }

    /**
     * Stores the batch's new sales and answers an ack per event. A refused event is answered as
     * rejected with its reason while the rest is stored, for agents that take such acks
     * ({@link PushBatch#SETS_ASIDE}); for older agents it refuses the batch (400, naming it).
     */
    public PushResponse push(TerminalIdentity who, PushBatch pushed) {
        Instant now = clock.instant();
        boolean setsAside = pushed != null && pushed.version() >= PushBatch.SETS_ASIDE;
        // PINs and sold-out marks set at the till travel in the same outbox; they are applied on their own.
        List<PushedEvent> pins = ofType(pushed, StaffPinEvent.TYPE);
        List<PushedEvent> soldOut = ofType(pushed, SoldOutEvent.TYPE);
        List<PushedEvent> delivery = ofType(pushed, DeliveryStatusEvent.TYPE);
        PushBatch body = pins.isEmpty() && soldOut.isEmpty() && delivery.isEmpty()
                ? pushed
                : new PushBatch(pushed.storeCode(), pushed.terminalCode(),
                        pushed.pending(), pushed.oldestPendingAt(), pushed.events().stream()
                                .filter(e -> e == null || !OWN_INGEST.contains(e.type())).toList(),
                        pushed.version(), pushed.auditHead());
        BatchCheck.Checked checked = BatchCheck.check(who, body, mapper, now, dsl);
        if (!setsAside && !checked.rejected().isEmpty()) {
            throw new CentralException(Reason.MALFORMED, checked.rejected().size()
                    + " event(s) are malformed; nothing of this batch was applied", checked.rejected());
        }
        List<Ack> pinAcks = new ArrayList<>(pins.isEmpty() ? List.of() : staffPins.apply(who, pins, setsAside));
        pinAcks.addAll(soldOut.isEmpty() ? List.of() : soldOuts.apply(who, soldOut, setsAside));
        pinAcks.addAll(delivery.isEmpty() ? List.of() : deliveries.apply(who, delivery, setsAside));
        List<Ack> zAcks = zReports.apply(who, checked.zReports(), now);
        List<Pending> batch = checked.valid();
        long maxSeq = 0;
        for (Ack a : pinAcks) {
            if (a.status() != AckStatus.REJECTED) {
                maxSeq = Math.max(maxSeq, a.seq());
            }
        }
        for (ZIngest.PendingZ z : checked.zReports()) {
            maxSeq = Math.max(maxSeq, z.seq());
        }
        for (Pending p : batch) {
            maxSeq = Math.max(maxSeq, p.seq());
        }
        // The terminal's status and audit head go into the sales' own transaction: one commit per push.
        long acked = maxSeq;
        Function<DSLContext, Long> status = tx -> {
            touch(tx, who, body, pushed.events().size(), acked, now);
            return AuditAnchor.record(tx, who.terminalId(), pushed.auditHead(), now);
        };
        Long[] anchor = new Long[1];
        List<Ack> acks = batch.isEmpty() ? null : applyTogether(who, batch, tx -> anchor[0] = status.apply(tx));
        if (acks == null) {
            acks = applyOneByOne(who, batch, setsAside);
            anchor[0] = dsl.transactionResult(cfg -> status.apply(cfg.dsl()));
        }
        acks = new ArrayList<>(acks);
        acks.addAll(pinAcks);
        acks.addAll(zAcks);
        for (Rejected r : checked.rejected()) {
            acks.add(new Ack(r.seq(), r.eventId(), AckStatus.REJECTED, now, r.reason()));
        }
        acks.sort(Comparator.comparingLong(Ack::seq));
        return new PushResponse(maxSeq, acks, now, anchor[0]);
    }

    private static List<PushedEvent> ofType(PushBatch pushed, String type) {
        return pushed == null || pushed.events() == null
                ? List.of()
                : pushed.events().stream().filter(e -> e != null && type.equals(e.type())).toList();
    }

    /**
     * The common case: the whole batch in one transaction, with the events the centre already
     * holds answered as duplicates. Returns null when that transaction fails (a concurrent resend
     * of the same event, or a clash): then each event is applied on its own, which tells them apart.
     */
    private List<Ack> applyTogether(TerminalIdentity who, List<Pending> batch, Consumer<DSLContext> status) {
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        try {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                Set<UUID> ids = new HashSet<>();
                batch.forEach(p -> ids.add(p.sale().eventId()));
                Map<UUID, OffsetDateTime> held = tx.select(SALE.EVENT_ID, SALE.RECEIVED_AT).from(SALE)
                        .where(SALE.EVENT_ID.in(ids)).fetchMap(SALE.EVENT_ID, SALE.RECEIVED_AT);
                List<Pending> fresh = new ArrayList<>(batch.size());
                List<Ack> acks = new ArrayList<>(batch.size());
                Set<UUID> seen = new HashSet<>();
                for (Pending p : batch) {
                    UUID id = p.sale().eventId();
                    if (held.containsKey(id) || !seen.add(id)) {
                        acks.add(new Ack(p.seq(), id, AckStatus.DUPLICATE, held.getOrDefault(id, now).toInstant()));
                    } else {
                        fresh.add(p);
                        acks.add(new Ack(p.seq(), id, AckStatus.APPLIED, now.toInstant()));
                    }
                }
                if (!fresh.isEmpty()) {
                    insert(tx, who, fresh, now);
                }
                status.accept(tx);
                return acks;
            });
        } catch (DataAccessException e) {
            return null;
        }
    }

    /** Events are independent (ledger deltas commute): applied on several connections, each its own transaction. */
    private List<Ack> applyOneByOne(TerminalIdentity who, List<Pending> batch, boolean setsAside) {
        List<CompletableFuture<Ack>> futures = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            futures.add(CompletableFuture.supplyAsync(() -> applyAndAck(who, p, setsAside), lanes));
        }
        List<Ack> acks = new ArrayList<>(batch.size());
        for (CompletableFuture<Ack> f : futures) {
            try {
                acks.add(f.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return acks;
    }

    private Ack applyAndAck(TerminalIdentity who, Pending p, boolean setsAside) {
        // Microseconds: what PostgreSQL and the till's H2 both keep, so the till compares equal times.
        OffsetDateTime recorded = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        boolean applied;
        try {
            applied = apply(who, p, recorded);
        } catch (CentralException e) {
            if (!setsAside) {
                throw e;
            }
            return new Ack(p.seq(), p.sale().eventId(), AckStatus.REJECTED, recorded.toInstant(), e.getMessage());
        }
        if (!applied) {
            recorded = dsl.select(SALE.RECEIVED_AT).from(SALE).where(SALE.EVENT_ID.eq(p.sale().eventId()))
                    .fetchSingle(SALE.RECEIVED_AT);
        }
        return new Ack(p.seq(), p.sale().eventId(), applied ? AckStatus.APPLIED : AckStatus.DUPLICATE,
                recorded.toInstant());
    }

    /**
     * Records what the terminal reported: it is status, not data, so while a backlog drains it is
     * written at most once a second; the batch that empties the backlog is always written.
     */
    private void touch(DSLContext tx, TerminalIdentity who, PushBatch body, int sent, long maxSeq, Instant now) {
        long remaining = Math.max(0, body.pending() - sent);
        Instant previous = lastTouched.get(who.terminalId());
        if (remaining > 0 && previous != null && Duration.between(previous, now).toMillis() < 1000) {
            return;
        }
        lastTouched.put(who.terminalId(), now);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime oldestAt = utc(body.oldestPendingAt());
        tx.update(TERMINAL).set(TERMINAL.LAST_SEEN_AT, at).set(TERMINAL.LAST_PUSH_AT, at)
                .set(TERMINAL.MAX_ACKED_SEQ, DSL.greatest(TERMINAL.MAX_ACKED_SEQ, DSL.val(maxSeq)))
                .set(TERMINAL.REPORTED_PENDING, remaining)
                .set(TERMINAL.REPORTED_OLDEST_PENDING_AT, oldestAt)
                .where(TERMINAL.ID.eq(who.terminalId())).execute();
    }

    /**
     * One transaction for one event: the sale (whose unique event id is the idempotency key), its
     * lines, payments and ledger entries, one JDBC batch per table. A resend fails on the
     * event id's unique key and rolls back whole, which is then answered as a duplicate.
     */
    private boolean apply(TerminalIdentity who, Pending p, OffsetDateTime now) {
        SaleEvent s = p.sale();
        try {
            dsl.transaction(cfg -> insert(cfg.dsl(), who, List.of(p), now));
            return true;
        } catch (DataAccessException e) {
            if (dsl.fetchExists(SALE, SALE.EVENT_ID.eq(s.eventId()))) {
                return false;
            }
            // BoundInsert classifies the driver's errors: only an integrity violation is the caller's clash.
            if (e instanceof IntegrityConstraintViolationException) {
                LOG.warn("Event {} clashes with stored data", s.eventId(), e);
                throw CentralException.conflict("Event " + s.eventId()
                        + " clashes with data already stored under another event");
            }
            if (e.sqlState() != null && e.sqlState().startsWith("22")) {
                LOG.warn("Event {} holds a value the database refuses", s.eventId(), e);
                throw CentralException.malformed("Event " + s.eventId() + " holds a value the centre cannot store");
            }
            throw e;
        }
    }

    /** The inserts of a sale and its children, rendered once by jOOQ and bound row by row. */
    private record Inserts(BoundInsert sale, BoundInsert line, BoundInsert payment, BoundInsert stock,
            BoundInsert points, BoundInsert coupons, BoundInsert collections, BoundInsert ledgerBatch) {
        static Inserts of(DSLContext dsl) {
            return new Inserts(
                    BoundInsert.of(dsl, SALE, List.of(SALE.ID, SALE.EVENT_ID, SALE.STORE_ID, SALE.TERMINAL_ID,
                            SALE.TERMINAL_SEQ, SALE.RECEIPT_NO, SALE.KIND, SALE.ORIGINAL_SALE_ID, SALE.CASHIER_ID,
                            SALE.MEMBER_CARD, SALE.OPENED_AT, SALE.COMPLETED_AT, SALE.CURRENCY, SALE.SUBTOTAL_MINOR,
                            SALE.DISCOUNT_MINOR, SALE.TAX_MINOR, SALE.TOTAL_MINOR, SALE.CASH_ROUNDING_MINOR,
                            SALE.CHANGE_MINOR, SALE.OFFLINE, SALE.RECEIVED_AT, SALE.ORDER_NUMBER)),
                    BoundInsert.of(dsl, SALE_LINE, List.of(SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.LINE_ID,
                            SALE_LINE.PRODUCT_ID, SALE_LINE.SKU, SALE_LINE.QUANTITY_MILLI, SALE_LINE.UNIT_PRICE_MINOR,
                            SALE_LINE.OVERRIDE_PRICE_MINOR, SALE_LINE.DISCOUNT_MINOR, SALE_LINE.PAID_MINOR,
                            SALE_LINE.TAX_RATE_BP, SALE_LINE.VOIDED, SALE_LINE.RETURN_OF_LINE_ID,
                            SALE_LINE.PROMOTION_ID, SALE_LINE.OPTIONS)),
                    BoundInsert.of(dsl, SALE_PAYMENT, List.of(SALE_PAYMENT.SALE_ID, SALE_PAYMENT.PAYMENT_NO,
                            SALE_PAYMENT.PAYMENT_TYPE, SALE_PAYMENT.AMOUNT_MINOR, SALE_PAYMENT.REFERENCE)),
                    BoundInsert.of(dsl, STOCK_LEDGER, List.of(STOCK_LEDGER.ID, STOCK_LEDGER.STORE_ID,
                            STOCK_LEDGER.PRODUCT_ID, STOCK_LEDGER.DELTA_MILLI, STOCK_LEDGER.REASON,
                            STOCK_LEDGER.EVENT_ID, STOCK_LEDGER.CREATED_AT, STOCK_LEDGER.RECORDED_AT,
                            STOCK_LEDGER.BATCH_ID)),
                    BoundInsert.of(dsl, POINTS_LEDGER, List.of(POINTS_LEDGER.ID, POINTS_LEDGER.MEMBER_CARD,
                            POINTS_LEDGER.DELTA, POINTS_LEDGER.REASON, POINTS_LEDGER.STORE_ID, POINTS_LEDGER.EVENT_ID,
                            POINTS_LEDGER.CREATED_AT, POINTS_LEDGER.RECORDED_AT, POINTS_LEDGER.BATCH_ID)),
                    BoundInsert.of(dsl, COUPON_REDEMPTION, List.of(COUPON_REDEMPTION.ID, COUPON_REDEMPTION.COUPON_ID,
                            COUPON_REDEMPTION.CODE, COUPON_REDEMPTION.SALE_ID, COUPON_REDEMPTION.EVENT_ID,
                            COUPON_REDEMPTION.STORE_ID, COUPON_REDEMPTION.AMOUNT_MINOR, COUPON_REDEMPTION.REDEEMED_AT,
                            COUPON_REDEMPTION.RECORDED_AT, COUPON_REDEMPTION.BATCH_ID)),
                    BoundInsert.of(dsl, PICKUP_COLLECTION, List.of(PICKUP_COLLECTION.ID, PICKUP_COLLECTION.ORDER_NO,
                            PICKUP_COLLECTION.SALE_ID, PICKUP_COLLECTION.EVENT_ID, PICKUP_COLLECTION.STORE_ID,
                            PICKUP_COLLECTION.COLLECTED_AT, PICKUP_COLLECTION.RECORDED_AT, PICKUP_COLLECTION.BATCH_ID)),
                    BoundInsert.of(dsl, LEDGER_BATCH, List.of(LEDGER_BATCH.ID, LEDGER_BATCH.CREATED_AT)));
        }
    }

    /**
     * One prepared insert per table for all of {@code sales}, bound once per row: the sales first,
     * then their children, then the ledger batch their ledger entries belong to. The driver sends
     * each as one round trip (on PostgreSQL with {@code reWriteBatchedInserts}, as multi-row inserts).
     */
    private void insert(DSLContext tx, TerminalIdentity who, List<Pending> sales, OffsetDateTime now) {
        tx.connection(c -> {
            try (var sale = inserts.sale().on(c);
                    var lines = inserts.line().on(c);
                    var pays = inserts.payment().on(c);
                    var stock = inserts.stock().on(c);
                    var points = inserts.points().on(c);
                    var coupons = inserts.coupons().on(c);
                    var collections = inserts.collections().on(c)) {
                UUID ledgerBatch = UuidV7.next();
                for (Pending p : sales) {
                    SaleEvent s = p.sale();
                    sale.add(s.saleId(), s.eventId(), who.storeId(), who.terminalId(), s.sequenceNo(), s.receiptNo(),
                            s.kind().name(), s.originalSaleId(), s.cashierId(), s.memberCard(), utc(s.openedAt()),
                            utc(s.completedAt()), s.currency(), s.subtotalMinor(), s.discountMinor(), s.taxMinor(),
                            s.totalMinor(), s.cashRoundingMinor(), s.changeMinor(), s.offline(), now,
                            s.orderNumber());
                    for (SaleEvent.Line l : s.lines()) {
                        lines.add(s.saleId(), l.lineNo(), l.lineId(), l.productId(), l.sku(), l.quantityMilli(),
                                l.unitPriceMinor(), l.overridePriceMinor(), l.discountMinor(), l.paidMinor(),
                                l.taxRateBp(), l.voided(), l.returnOfLineId(), l.promotionId(), json(l.options()));
                    }
                    int no = 0;
                    for (SaleEvent.Payment pay : s.payments()) {
                        pays.add(s.saleId(), ++no, pay.type(), pay.amountMinor(), pay.reference());
                        if (PREPAID.equals(pay.type()) && pay.reference() != null && pay.amountMinor() > 0) {
                            collections.add(UuidV7.next(), pay.reference(), s.saleId(), s.eventId(), who.storeId(),
                                    utc(s.completedAt()), now, ledgerBatch);
                        }
                    }
                    for (SaleEvent.StockEntry st : s.stock()) {
                        stock.add(st.entryId(), who.storeId(), st.productId(), st.deltaMilli(), st.reason(),
                                s.eventId(), utc(s.completedAt()), now, ledgerBatch);
                    }
                    for (SaleEvent.CouponUse cu : s.coupons()) {
                        coupons.add(UuidV7.next(), cu.couponId(), cu.code(), s.saleId(), s.eventId(), who.storeId(),
                                cu.amountMinor(), utc(s.completedAt()), now, ledgerBatch);
                    }
                    for (SaleEvent.PointsEntry pt : s.points()) {
                        points.add(pt.entryId(), pt.memberCard(), pt.delta(), pt.reason(), who.storeId(), s.eventId(),
                                utc(s.completedAt()), now, ledgerBatch);
                    }
                }
                sale.execute();
                lines.execute();
                pays.execute();
                if (stock.count() + points.count() + coupons.count() + collections.count() > 0) {
                    try (var batch = inserts.ledgerBatch().on(c)) {
                        batch.add(ledgerBatch, now).execute();
                    }
                }
                stock.execute();
                points.execute();
                coupons.execute();
                collections.execute();
            }
        });
    }

    /** A line's options as stored: the event's own JSON of them (checked and bounded by SaleEventCheck). */
    private String json(SaleEvent.Options options) {
        try {
            return options == null ? null : mapper.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a line's options", e);
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
