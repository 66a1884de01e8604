package dev.opentill.app.security;

import static dev.opentill.store.jooq.Tables.CASHIER;

import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.security.PinHasher;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * Decides who authorises an action: the signed-in cashier if their role allows it, otherwise a
 * supervisor or manager who enters their login code and PIN on the spot.
 */
public final class Authorizer {
    private final DSLContext dsl;
    private final Clock clock;

    public Authorizer(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Returns the person who authorised {@code permission}: {@code cashier} when allowed, else the
     * approver. Throws NOT_AUTHORISED when neither may.
     */
    public Cashier authorise(Cashier cashier, Permission permission, String approverCode, String approverPin) {
        if (cashier != null && cashier.may(permission)) {
            return cashier;
        }
        if (approverCode == null || approverPin == null) {
            throw new SaleException(SaleError.NOT_AUTHORISED, permission + " needs a supervisor's approval", permission.name());
        }
        CashierRecord r = dsl.selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(approverCode)).fetchOne();
        if (r == null || !r.getActive() || isLocked(r) || !PinHasher.verify(approverPin, r.getPinHash())) {
            throw new SaleException(SaleError.NOT_AUTHORISED, "Approval refused for " + permission, permission.name());
        }
        Cashier approver = toCashier(r);
        if (!approver.may(permission)) {
            throw new SaleException(SaleError.NOT_AUTHORISED, approverCode + " may not approve " + permission, permission.name());
        }
        return approver;
    }

    private boolean isLocked(CashierRecord r) {
        return r.getLockedUntil() != null && r.getLockedUntil().toInstant().isAfter(clock.instant());
    }

    public static Cashier toCashier(CashierRecord r) {
        return new Cashier(r.getId(), r.getLoginCode(), r.getName(), Role.parse(r.getRole()), r.getMaxDiscountBp());
    }
}
