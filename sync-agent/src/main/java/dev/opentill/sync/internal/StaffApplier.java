package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.CASHIER;

import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Applies the staff entries of a feed page to the till's staff table, inside the page's
 * transaction. The later entry of a person wins; one sent disabled (disabled at the centre, or no
 * longer working in this store) is disabled here, never deleted (shifts and sales name them). A
 * PIN hash is taken only if it is at least as recent as the one the till holds (a PIN set here and
 * not yet at the centre is kept), and a new one clears the person's lockout. A hash that is not
 * well formed disables the person rather than letting anyone in.
 */
final class StaffApplier {
    private StaffApplier() {
    }

    static void apply(DSLContext tx, List<FeedRecords.Staff> all) {
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, FeedRecords.Staff> byId = new LinkedHashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        for (FeedRecords.Staff s : byId.values()) {
            applyOne(tx, s);
        }
    }

    private static void applyOne(DSLContext tx, FeedRecords.Staff s) {
        boolean hashOk = PinHasher.wellFormed(s.pinHash());
        // The centre owns login codes: a local person holding this one (demo data) gives it up.
        for (CashierRecord other : tx.selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(s.code()))
                .and(CASHIER.ID.ne(s.id())).fetch()) {
            other.setLoginCode("~" + other.getId().toString().substring(0, 19));
            other.setActive(false);
            other.store();
        }
        CashierRecord r = tx.selectFrom(CASHIER).where(CASHIER.ID.eq(s.id())).forUpdate().fetchOne();
        OffsetDateTime pinSetAt = utc(s.pinSetAt());
        if (r == null) {
            r = tx.newRecord(CASHIER);
            r.setId(s.id());
            r.setFailedAttempts(0);
            r.setPinHash(hashOk ? s.pinHash() : "");
            r.setTemporaryPin(s.temporaryPin());
            r.setPinSetAt(pinSetAt);
        } else if (hashOk && !s.pinHash().equals(r.getPinHash()) && (r.getPinSetAt() == null
                || pinSetAt != null && !pinSetAt.isBefore(r.getPinSetAt()))) {
            r.setPinHash(s.pinHash());
            r.setTemporaryPin(s.temporaryPin());
            r.setPinSetAt(pinSetAt);
            r.setFailedAttempts(0);
            r.setLockedUntil(null);
        } else if (hashOk && s.pinHash().equals(r.getPinHash())) {
            r.setTemporaryPin(s.temporaryPin());
        }
        r.setLoginCode(s.code());
        r.setName(s.name());
        r.setRole(s.role());
        r.setMaxDiscountBp(s.maxDiscountBp());
        r.setActive(s.enabled() && hashOk);
        r.setUpdatedAt(utc(s.updatedAt()));
        r.store();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
