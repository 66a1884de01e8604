package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.CASHIER;

import dev.opentill.core.security.PinHasher;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Role;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The staff who may work at this till, and the one gate every PIN prompt goes through: the login
 * and each on-the-spot approval. After {@code maxAttempts} wrong PINs in a row a person is locked
 * out for {@code lockout}, whichever prompt the attempts came from; every attempt is audited in the
 * same transaction and synced to disk before the answer is given.
 */
public final class StaffRepository implements StaffDirectory {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(5);

    /** Why a PIN was asked for: decides what the audit entries say. */
    public enum Purpose {
        LOGIN(AuditAction.LOGIN, AuditAction.LOGIN_FAILED),
        APPROVAL(null, AuditAction.APPROVAL_FAILED);

        private final AuditAction success;
        private final AuditAction failure;

        Purpose(AuditAction success, AuditAction failure) {
            this.success = success;
            this.failure = failure;
        }
    }

    /** What a PIN prompt found. */
    public sealed interface PinCheck {
        /** The PIN was right; {@code temporaryPin}: the person must choose their own before working. */
        record Verified(Cashier cashier, boolean temporaryPin) implements PinCheck {
        }

        record Unknown() implements PinCheck {
        }

        record Locked(Instant until) implements PinCheck {
        }

        record Wrong(int attemptsLeft) implements PinCheck {
        }
    }

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockout;

    public StaffRepository(TillStore store, AuditLog audit, Clock clock, int maxAttempts, Duration lockout) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
    }

    /** Checks {@code pin} for {@code loginCode}, counting failures and locking, audited and durable. */
    public PinCheck check(String loginCode, String pin, Purpose purpose) {
        String code = loginCode == null ? "" : loginCode.strip();
        AtomicReference<PinCheck> outcome = new AtomicReference<>();
        store.dsl().transaction(cfg -> outcome.set(attempt(DSL.using(cfg), code, pin, purpose)));
        store.syncToDisk();
        return outcome.get();
    }

    private PinCheck attempt(DSLContext tx, String code, String pin, Purpose purpose) {
        CashierRecord r = tx.selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(code)).forUpdate().fetchOne();
        if (r == null || !r.getActive()) {
            audit.append(tx, null, null, purpose.failure, code, "unknown or inactive login code");
            return new PinCheck.Unknown();
        }
        Instant now = clock.instant();
        if (r.getLockedUntil() != null && r.getLockedUntil().toInstant().isAfter(now)) {
            audit.append(tx, r.getId(), null, purpose.failure, code, "locked out");
            return new PinCheck.Locked(r.getLockedUntil().toInstant());
        }
        if (PinHasher.verify(pin == null ? "" : pin, r.getPinHash())) {
            if (r.getFailedAttempts() != 0 || r.getLockedUntil() != null) {
                r.setFailedAttempts(0);
                r.setLockedUntil(null);
                r.store();
            }
            boolean temporary = Boolean.TRUE.equals(r.getTemporaryPin());
            if (purpose.success != null) {
                audit.append(tx, r.getId(), null, temporary && purpose == Purpose.LOGIN
                        ? AuditAction.LOGIN_PIN_CHANGE_REQUIRED
                        : purpose.success, code, null);
            }
            return new PinCheck.Verified(toCashier(r), temporary);
        }
        int failed = r.getFailedAttempts() + 1;
        if (failed >= maxAttempts) {
            Instant until = now.plus(lockout);
            r.setFailedAttempts(0);
            r.setLockedUntil(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            r.store();
            audit.append(tx, r.getId(), null, purpose.failure, code, "wrong PIN; locked until " + until);
            return new PinCheck.Locked(until);
        }
        r.setFailedAttempts(failed);
        r.store();
        audit.append(tx, r.getId(), null, purpose.failure, code, "wrong PIN " + failed + " of " + maxAttempts);
        return new PinCheck.Wrong(maxAttempts - failed);
    }

    /** The active person with this login code, if any (no PIN involved). */
    public Optional<Cashier> byLoginCode(String loginCode) {
        return store.dsl().selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(loginCode)).and(CASHIER.ACTIVE.isTrue())
                .fetchOptional().map(StaffRepository::toCashier);
    }

    /** The first active person with this role, if any. */
    public Optional<Cashier> anyWithRole(Role role) {
        return store.dsl().selectFrom(CASHIER).where(CASHIER.ROLE.eq(role.name())).and(CASHIER.ACTIVE.isTrue())
                .orderBy(CASHIER.LOGIN_CODE).limit(1).fetchOptional().map(StaffRepository::toCashier);
    }

    @Override
    public boolean aManagerCanLogIn() {
        Instant now = clock.instant();
        return store.dsl().selectFrom(CASHIER).where(CASHIER.ROLE.eq(Role.MANAGER.name())).and(CASHIER.ACTIVE.isTrue())
                .fetch().stream().anyMatch(r -> PinHasher.wellFormed(r.getPinHash())
                        && (r.getLockedUntil() == null || !r.getLockedUntil().toInstant().isAfter(now)));
    }

    /** Whether nobody at all is on this till's staff list (a store not yet filled). */
    public static boolean noStaff(TillStore store) {
        return store.dsl().fetchCount(CASHIER) == 0;
    }

    static Cashier toCashier(CashierRecord r) {
        return new Cashier(r.getId(), r.getLoginCode(), r.getName(), Role.parse(r.getRole()), r.getMaxDiscountBp());
    }
}
