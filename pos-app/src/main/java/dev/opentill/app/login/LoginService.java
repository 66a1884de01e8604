package dev.opentill.app.login;

import static dev.opentill.store.jooq.Tables.CASHIER;

import dev.opentill.app.audit.AuditAction;
import dev.opentill.app.audit.AuditLog;
import dev.opentill.app.security.Authorizer;
import dev.opentill.app.security.Cashier;
import dev.opentill.core.security.PinHasher;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Cashier login by login code and PIN against the local {@code cashier} table. After
 * {@code maxAttempts} wrong PINs in a row the cashier is locked out for {@code lockout}; every
 * login, failure and logout goes to the audit log in the same transaction. Blocks: call off the UI thread.
 */
public final class LoginService {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(5);

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockout;

    public LoginService(TillStore store, AuditLog audit, Clock clock, int maxAttempts, Duration lockout) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
    }

    public LoginOutcome login(String loginCode, String pin) {
        AtomicReference<LoginOutcome> outcome = new AtomicReference<>();
        store.dsl().transaction(cfg -> outcome.set(attempt(DSL.using(cfg), loginCode == null ? "" : loginCode.strip(), pin)));
        store.syncToDisk();
        return outcome.get();
    }

    private LoginOutcome attempt(DSLContext tx, String code, String pin) {
        CashierRecord r = tx.selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(code)).forUpdate().fetchOne();
        if (r == null || !r.getActive()) {
            audit.append(tx, null, null, AuditAction.LOGIN_FAILED, code, "unknown or inactive login code");
            return new LoginOutcome.UnknownCashier();
        }
        Instant now = clock.instant();
        if (r.getLockedUntil() != null && r.getLockedUntil().toInstant().isAfter(now)) {
            audit.append(tx, r.getId(), null, AuditAction.LOGIN_FAILED, code, "locked out");
            return new LoginOutcome.LockedOut(r.getLockedUntil().toInstant());
        }
        if (PinHasher.verify(pin, r.getPinHash())) {
            r.setFailedAttempts(0);
            r.setLockedUntil(null);
            r.store();
            audit.append(tx, r.getId(), null, AuditAction.LOGIN, code, null);
            return new LoginOutcome.SignedIn(Authorizer.toCashier(r));
        }
        int failed = r.getFailedAttempts() + 1;
        if (failed >= maxAttempts) {
            Instant until = now.plus(lockout);
            r.setFailedAttempts(0);
            r.setLockedUntil(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            r.store();
            audit.append(tx, r.getId(), null, AuditAction.LOGIN_FAILED, code, "wrong PIN; locked until " + until);
            return new LoginOutcome.LockedOut(until);
        }
        r.setFailedAttempts(failed);
        r.store();
        audit.append(tx, r.getId(), null, AuditAction.LOGIN_FAILED, code, "wrong PIN " + failed + " of " + maxAttempts);
        return new LoginOutcome.WrongPin(maxAttempts - failed);
    }

    /** Records that {@code cashier} left the till. */
    public void logout(Cashier cashier) {
        store.dsl().transaction(cfg -> audit.append(DSL.using(cfg), cashier.id(), null, AuditAction.LOGOUT,
                cashier.loginCode(), null));
        store.syncToDisk();
    }
}
