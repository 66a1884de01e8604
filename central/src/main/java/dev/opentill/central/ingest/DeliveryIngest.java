package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.central.jooq.Tables.DELIVERY_STATUS_EVENT;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.jooq.tables.records.DeliveryOrderRecord;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.sync.DeliveryStatusEvent;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Applies delivery statuses set at tills ({@link DeliveryStatusEvent}), each in its own
 * transaction keyed by its event id, so a resend is a duplicate. Only an order of the pushing
 * store moves, and only along the store's allowed moves; a move no longer allowed (the platform
 * cancelled meanwhile, another till decided first) is kept as an event, not applied. A move that
 * takes is announced to the store's tills.
 */
final class DeliveryIngest {
    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;

    DeliveryIngest(DSLContext dsl, ObjectMapper mapper, Clock clock) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
    }

    List<Ack> apply(TerminalIdentity who, List<PushedEvent> events, boolean setsAside) {
        return OwnEvents.apply(events, setsAside, clock, (e, now) -> applyOne(who, e, now));
    }

    private Ack applyOne(TerminalIdentity who, PushedEvent e, OffsetDateTime now) {
        DeliveryStatusEvent s = read(e);
        if (!who.storeCode().equals(s.storeCode()) || !who.terminalCode().equals(s.terminalCode())) {
            throw CentralException.forbidden("Terminal " + who.terminalCode()
                    + " may only send its own events for store " + who.storeCode());
        }
        try {
            return dsl.transactionResult(cfg -> store(cfg.dsl(), who, e.seq(), s, now));
        } catch (DataAccessException ex) {
            OffsetDateTime held = received(dsl, s.eventId());
            if (held != null) {
                return new Ack(e.seq(), s.eventId(), AckStatus.DUPLICATE, held.toInstant());
            }
            throw ex;
        }
    }

    private Ack store(DSLContext tx, TerminalIdentity who, long seq, DeliveryStatusEvent s, OffsetDateTime now) {
        OffsetDateTime held = received(tx, s.eventId());
        if (held != null) {
            return new Ack(seq, s.eventId(), AckStatus.DUPLICATE, held.toInstant());
        }
        DeliveryOrderRecord r = tx.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.eq(s.orderId())).forUpdate()
                .fetchOne();
        if (r == null || !r.getStoreId().equals(who.storeId())) {
            // Another store's order reads as no order at all: nothing of it is told or touched.
            throw CentralException.malformed("store " + who.storeCode() + " has no delivery order " + s.orderId());
        }
        boolean moves = DeliveryStatus.valueOf(r.getStatus()).storeMay(s.status());
        Instant at = s.at().isAfter(now.toInstant()) ? now.toInstant() : s.at();
        tx.insertInto(DELIVERY_STATUS_EVENT).set(DELIVERY_STATUS_EVENT.EVENT_ID, s.eventId())
                .set(DELIVERY_STATUS_EVENT.ORDER_ID, r.getId()).set(DELIVERY_STATUS_EVENT.STORE_ID, who.storeId())
                .set(DELIVERY_STATUS_EVENT.TERMINAL_ID, who.terminalId())
                .set(DELIVERY_STATUS_EVENT.STATUS, s.status().name()).set(DELIVERY_STATUS_EVENT.REASON, s.reason())
                .set(DELIVERY_STATUS_EVENT.SET_AT, at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .set(DELIVERY_STATUS_EVENT.APPLIED, moves).set(DELIVERY_STATUS_EVENT.RECEIVED_AT, now).execute();
        if (moves) {
            r.setStatus(s.status().name());
            r.setReason(s.reason());
            r.setUpdatedAt(now);
            r.store();
            ChangeLogWriter.append(tx, List.of(new Change(who.storeId(), FeedRecords.DELIVERY_ORDER,
                    r.getId().toString())), now);
        }
        return new Ack(seq, s.eventId(), AckStatus.APPLIED, now.toInstant());
    }

    private DeliveryStatusEvent read(PushedEvent e) {
        if (e.eventId() == null || e.seq() < 0) {
            throw CentralException.malformed("seq and eventId are required");
        }
        DeliveryStatusEvent s;
        try {
            s = mapper.convertValue(e.payload(), DeliveryStatusEvent.class);
        } catch (IllegalArgumentException ex) {
            throw CentralException.malformed("unreadable delivery status event");
        }
        if (s == null || !e.eventId().equals(s.eventId()) || s.orderId() == null || s.status() == null
                || s.at() == null || s.status() == DeliveryStatus.NEW || s.status() == DeliveryStatus.CANCELLED) {
            throw CentralException.malformed("a delivery status event needs its event id, order, a status the store "
                    + "sets and its time");
        }
        if (s.reason() != null && s.reason().length() > DeliveryStatusEvent.MAX_REASON) {
            throw CentralException.malformed("the reason is longer than " + DeliveryStatusEvent.MAX_REASON);
        }
        return s;
    }

    private static OffsetDateTime received(DSLContext dsl, UUID eventId) {
        return dsl.select(DELIVERY_STATUS_EVENT.RECEIVED_AT).from(DELIVERY_STATUS_EVENT)
                .where(DELIVERY_STATUS_EVENT.EVENT_ID.eq(eventId)).fetchOptional(DELIVERY_STATUS_EVENT.RECEIVED_AT)
                .orElse(null);
    }
}
