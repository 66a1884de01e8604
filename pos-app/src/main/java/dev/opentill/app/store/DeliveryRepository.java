package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.DeliveryStatusEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.DeliveryOrderRecord;
import dev.opentill.sync.SyncJson;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The delivery orders the feed brought to this till, and the store's steps on them: each step
 * moves the order (only along the allowed moves, re-read under lock) and puts a
 * {@link DeliveryStatusEvent} in the outbox in one durable transaction, so the centre gets it
 * exactly once in effect.
 */
public final class DeliveryRepository {
    /** Whether this store accepts delivery orders without a cashier ("true"/"false"; default false). */
    public static final String AUTO_ACCEPT = "delivery.auto_accept";
    private static final ObjectMapper WIRE = SyncJson.mapper();

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String storeCode;
    private final String terminalCode;

    public DeliveryRepository(TillStore store, AuditLog audit, Clock clock, String storeCode, String terminalCode) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
    }

    /** Orders waiting for the store's decision, oldest first. */
    public List<DeliveryOrder> waiting() {
        return store.dsl().selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.STATUS.eq(DeliveryStatus.NEW.name()))
                .orderBy(DELIVERY_ORDER.RECEIVED_AT).fetch(DeliveryRepository::order);
    }

    public Optional<DeliveryOrder> byId(UUID id) {
        return store.dsl().selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.eq(id))
                .fetchOptional(DeliveryRepository::order);
    }

    public boolean autoAccept() {
        return store.dsl().select(STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.eq(AUTO_ACCEPT)).fetchOptional(STORE_SETTING.SETTING_VALUE)
                .map(v -> v.trim().equals("true")).orElse(false);
    }

    /**
     * Moves the order to {@code next} (with {@code reason} for a rejection) by {@code actor} and
     * sends the step to the centre; returns the order as it now stands, or empty when the move is
     * not allowed from where it stands (nothing changed).
     */
    public Optional<DeliveryOrder> step(UUID id, DeliveryStatus next, String reason, UUID actor) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        Optional<DeliveryOrder> out = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            // The sales' lock: outbox sequences are taken one transaction at a time.
            tx.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                    .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(terminalCode)).forUpdate().fetchOptional();
            DeliveryOrderRecord r = tx.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.eq(id)).forUpdate()
                    .fetchOne();
            if (r == null || !DeliveryStatus.valueOf(r.getStatus()).storeMay(next)) {
                return Optional.<DeliveryOrder>empty();
            }
            r.setStatus(next.name());
            r.setReason(reason);
            r.setUpdatedAt(when);
            r.store();
            DeliveryStatusEvent e = new DeliveryStatusEvent(UuidV7.next(), storeCode, terminalCode, id, next, reason,
                    at);
            long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
            tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, e.eventId())
                    .set(OUTBOX.EVENT_TYPE, DeliveryStatusEvent.TYPE).set(OUTBOX.AGGREGATE_ID, id)
                    .set(OUTBOX.PAYLOAD, json(e)).set(OUTBOX.CREATED_AT, when).execute();
            if (next == DeliveryStatus.ACCEPTED || next == DeliveryStatus.REJECTED) {
                audit.append(tx, actor, null, next == DeliveryStatus.ACCEPTED
                        ? AuditAction.DELIVERY_ACCEPTED
                        : AuditAction.DELIVERY_REJECTED, r.getSource() + "/" + r.getPlatformOrderId(), reason);
            }
            return Optional.of(order(r));
        });
        store.syncToDisk();
        return out;
    }

    private static DeliveryOrder order(DeliveryOrderRecord r) {
        try {
            return WIRE.readValue(r.getOrderJson(), DeliveryOrder.class).with(DeliveryStatus.valueOf(r.getStatus()),
                    r.getReason());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable delivery order " + r.getId(), e);
        }
    }

    private static String json(DeliveryStatusEvent e) {
        try {
            return WIRE.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise delivery status " + e.eventId(), ex);
        }
    }
}
