package dev.opentill.app.login;

import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.store.StaffRepository.PinCheck;
import dev.opentill.app.store.StaffRepository.Purpose;
import dev.opentill.core.staff.Cashier;
import dev.opentill.migrations.TillStore;

/**
 * Cashier login by login code and PIN. Wrong PINs count towards the lockout shared with every
 * approval prompt; every login, failure and logout goes to the audit log. Blocks: call off the UI thread.
 */
public final class LoginService {
    private final TillStore store;
    private final StaffRepository staff;
    private final AuditLog audit;

    public LoginService(TillStore store, StaffRepository staff, AuditLog audit) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
    }

    public LoginOutcome login(String loginCode, String pin) {
        PinCheck check = staff.check(loginCode, pin, Purpose.LOGIN);
        if (check instanceof PinCheck.Verified v) {
            return v.temporaryPin()
                    ? new LoginOutcome.MustChangePin(v.cashier())
                    : new LoginOutcome.SignedIn(v.cashier());
        }
        if (check instanceof PinCheck.Locked l) {
            return new LoginOutcome.LockedOut(l.until());
        }
        if (check instanceof PinCheck.Wrong w) {
            return new LoginOutcome.WrongPin(w.attemptsLeft());
        }
        return new LoginOutcome.UnknownCashier();
    }

    /** Records that {@code cashier} left the till. */
    public void logout(Cashier cashier) {
        audit.record(store, cashier.id(), null, AuditAction.LOGOUT, cashier.loginCode(), null);
    }
}
