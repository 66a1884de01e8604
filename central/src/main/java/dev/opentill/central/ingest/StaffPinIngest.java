package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.STAFF;
import static dev.opentill.central.jooq.Tables.STAFF_PIN_EVENT;
import static dev.opentill.central.jooq.Tables.STAFF_STORE;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.jooq.tables.records.StaffRecord;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.staff.Role;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Applies PINs set at tills ({@link StaffPinEvent}), each in its own transaction keyed by its
 * event id, so a resend is a duplicate and changes nothing. A PIN is taken only if no later one was
 * set (at the centre or at another till); either way the event is kept. The person must work in
 * the pushing terminal's store, and a reset must be approved by a manager of that store.
 */
final class StaffPinIngest {
    private static final Set<String> REASONS = Set.of(StaffPinEvent.FIRST_LOGIN, StaffPinEvent.MANAGER_RESET);

    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;

    StaffPinIngest(DSLContext dsl, ObjectMapper mapper, Clock clock) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** An ack per event; a refused one is rejected with its reason, or refuses the push for old agents. */
    List<Ack> apply(TerminalIdentity who, List<PushedEvent> events, boolean setsAside) {
        return OwnEvents.apply(events, setsAside, clock, (e, now) -> applyOne(who, e, now));
    }

    private Ack applyOne(TerminalIdentity who, PushedEvent e, OffsetDateTime now) {
        StaffPinEvent pin = read(e);
        if (!who.storeCode().equals(pin.storeCode()) || !who.terminalCode().equals(pin.terminalCode())) {
            throw CentralException.forbidden("Terminal " + who.terminalCode()
                    + " may only send its own events for store " + who.storeCode());
        }
        try {
            return dsl.transactionResult(cfg -> store(cfg.dsl(), who, e.seq(), pin, now));
        } catch (DataAccessException ex) {
            // A concurrent resend of the same event committed first.
            OffsetDateTime held = received(pin.eventId());
            if (held != null) {
                return new Ack(e.seq(), pin.eventId(), AckStatus.DUPLICATE, held.toInstant());
            }
            throw ex;
        }
    }

    private Ack store(DSLContext tx, TerminalIdentity who, long seq, StaffPinEvent pin, OffsetDateTime now) {
        OffsetDateTime held = tx.select(STAFF_PIN_EVENT.RECEIVED_AT).from(STAFF_PIN_EVENT)
                .where(STAFF_PIN_EVENT.EVENT_ID.eq(pin.eventId())).fetchOptional(STAFF_PIN_EVENT.RECEIVED_AT)
                .orElse(null);
        if (held != null) {
            return new Ack(seq, pin.eventId(), AckStatus.DUPLICATE, held.toInstant());
        }
        StaffRecord s = tx.selectFrom(STAFF).where(STAFF.ID.eq(pin.staffId())).forUpdate().fetchOne();
        if (s == null || !worksIn(tx, s.getId(), who.storeId())) {
            throw CentralException.malformed("staff " + pin.staffCode() + " does not work in store " + who.storeCode());
        }
        if (StaffPinEvent.MANAGER_RESET.equals(pin.reason())) {
            StaffRecord m = pin.approvedBy() == null
                    ? null
                    : tx.selectFrom(STAFF).where(STAFF.ID.eq(pin.approvedBy())).fetchOne();
            if (m == null || !m.getEnabled() || !Role.MANAGER.name().equals(m.getRole())
                    || !worksIn(tx, m.getId(), who.storeId())) {
                throw CentralException.malformed("a PIN reset must be approved by an enabled manager of store "
                        + who.storeCode());
            }
        }
        // A time from the till's clock, but never later than now: a fast clock cannot pin a PIN forever.
        Instant setAt = pin.setAt().isAfter(now.toInstant()) ? now.toInstant() : pin.setAt();
        OffsetDateTime at = setAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        boolean newer = at.isAfter(s.getPinSetAt());
        tx.insertInto(STAFF_PIN_EVENT).set(STAFF_PIN_EVENT.EVENT_ID, pin.eventId())
                .set(STAFF_PIN_EVENT.STAFF_ID, s.getId()).set(STAFF_PIN_EVENT.STORE_ID, who.storeId())
                .set(STAFF_PIN_EVENT.TERMINAL_ID, who.terminalId()).set(STAFF_PIN_EVENT.REASON, pin.reason())
                .set(STAFF_PIN_EVENT.APPROVED_BY, pin.approvedBy()).set(STAFF_PIN_EVENT.SET_AT, at)
                .set(STAFF_PIN_EVENT.APPLIED, newer).set(STAFF_PIN_EVENT.RECEIVED_AT, now).execute();
        if (newer) {
            s.setPinHash(pin.pinHash());
            s.setTemporaryPin(pin.temporary());
            s.setPinSetAt(at);
            s.setUpdatedAt(now);
            s.store();
            List<Change> changes = tx.select(STAFF_STORE.STORE_ID).from(STAFF_STORE)
                    .where(STAFF_STORE.STAFF_ID.eq(s.getId()))
                    .fetch(r -> new Change(r.value1(), FeedRecords.STAFF, s.getId().toString()));
            ChangeLogWriter.append(tx, changes, now);
        }
        return new Ack(seq, pin.eventId(), AckStatus.APPLIED, now.toInstant());
    }

    private StaffPinEvent read(PushedEvent e) {
        if (e.eventId() == null || e.seq() < 0) {
            throw CentralException.malformed("seq and eventId are required");
        }
        StaffPinEvent pin;
        try {
            pin = mapper.convertValue(e.payload(), StaffPinEvent.class);
        } catch (IllegalArgumentException ex) {
            throw CentralException.malformed("unreadable staff PIN event");
        }
        if (pin == null || !e.eventId().equals(pin.eventId()) || pin.staffId() == null || pin.setAt() == null
                || !REASONS.contains(pin.reason())) {
            throw CentralException.malformed("a staff PIN event needs its event id, staff id, time and reason");
        }
        if (!PinHasher.wellFormed(pin.pinHash())) {
            throw CentralException.malformed("the PIN hash of staff " + pin.staffCode() + " is not well formed");
        }
        return pin;
    }

    private static boolean worksIn(DSLContext tx, UUID staffId, UUID storeId) {
        return tx.fetchExists(STAFF_STORE, STAFF_STORE.STAFF_ID.eq(staffId).and(STAFF_STORE.STORE_ID.eq(storeId)));
    }

    private OffsetDateTime received(UUID eventId) {
        return dsl.select(STAFF_PIN_EVENT.RECEIVED_AT).from(STAFF_PIN_EVENT).where(STAFF_PIN_EVENT.EVENT_ID.eq(eventId))
                .fetchOptional(STAFF_PIN_EVENT.RECEIVED_AT).orElse(null);
    }
}
