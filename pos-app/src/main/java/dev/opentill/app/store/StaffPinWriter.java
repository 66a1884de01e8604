package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import dev.opentill.sync.SyncJson;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Sets a person's PIN at the till: the new hash on the staff row, a {@link StaffPinEvent} in the
 * outbox (hash only, never the PIN) and the audit entries (the change, and for a person replacing
 * their temporary PIN, their sign-in), in one durable transaction, so the change goes up to the
 * centre exactly once in effect. A new PIN clears the person's lockout.
 */
public final class StaffPinWriter {
    private static final ObjectMapper WIRE = SyncJson.mapper();

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final PinHasher hasher;
    private final String storeCode;
    private final String terminalCode;

    public StaffPinWriter(TillStore store, AuditLog audit, Clock clock, PinHasher hasher, String storeCode,
            String terminalCode) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
    }

    /**
     * Gives {@code staffId} the PIN {@code pin} ({@code temporary}: to be changed at their next
     * login), approved by {@code approvedBy} (null when they changed their own); returns the event.
     */
    public StaffPinEvent set(UUID staffId, String pin, boolean temporary, UUID approvedBy) {
        String hash = hasher.hash(pin);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        StaffPinEvent stored = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            // The sales' lock: outbox sequences are taken one transaction at a time.
            tx.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE)
                    .where(RECEIPT_SEQUENCE.TERMINAL_CODE.eq(terminalCode)).forUpdate().fetchOptional();
            CashierRecord r = tx.selectFrom(CASHIER).where(CASHIER.ID.eq(staffId)).forUpdate().fetchSingle();
            r.setPinHash(hash);
            r.setTemporaryPin(temporary);
            r.setPinSetAt(when);
            r.setFailedAttempts(0);
            r.setLockedUntil(null);
            r.store();
            StaffPinEvent e = new StaffPinEvent(UuidV7.next(), staffId, r.getLoginCode(), storeCode, terminalCode, hash,
                    temporary, at, approvedBy,
                    approvedBy == null ? StaffPinEvent.FIRST_LOGIN : StaffPinEvent.MANAGER_RESET);
            long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
            tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, e.eventId())
                    .set(OUTBOX.EVENT_TYPE, StaffPinEvent.TYPE).set(OUTBOX.AGGREGATE_ID, staffId)
                    .set(OUTBOX.PAYLOAD, json(e)).set(OUTBOX.CREATED_AT, when).execute();
            audit.append(tx, approvedBy == null ? staffId : approvedBy, approvedBy,
                    approvedBy == null ? AuditAction.PIN_CHANGED : AuditAction.PIN_RESET, r.getLoginCode(),
                    temporary ? "temporary PIN" : "own PIN");
            if (approvedBy == null) {
                // Replacing a temporary PIN is how that person signs in.
                audit.append(tx, staffId, null, AuditAction.LOGIN, r.getLoginCode(), "after choosing their own PIN");
            }
            return e;
        });
        store.syncToDisk();
        return stored;
    }

    private static String json(StaffPinEvent e) {
        try {
            return WIRE.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise PIN event " + e.eventId(), ex);
        }
    }
}
