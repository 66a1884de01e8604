package dev.opentill.app.security;

import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.store.StaffRepository.PinCheck;
import dev.opentill.app.store.StaffRepository.Purpose;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;

/**
 * Decides who authorises an action: the signed-in cashier if their role allows it, otherwise a
 * supervisor or manager who enters their login code and PIN on the spot. The PIN goes through the
 * same gate as the login, so wrong PINs count, lock the approver out and are audited.
 */
public final class Authorizer {
    private final StaffRepository staff;

    public Authorizer(StaffRepository staff) {
        this.staff = staff;
    }

    /**
     * Returns the person who authorised {@code permission}: {@code cashier} when allowed, else the
     * approver. Throws NOT_AUTHORISED when neither may.
     */
    public Cashier authorise(Cashier cashier, Permission permission, Approval approval) {
        if (cashier != null && cashier.may(permission)) {
            return cashier;
        }
        if (approval == null || approval.loginCode() == null || approval.pin() == null) {
            throw new SaleException(SaleError.NOT_AUTHORISED, permission + " needs a supervisor's approval",
                    permission.name());
        }
        PinCheck check = staff.check(approval.loginCode(), approval.pin(), Purpose.APPROVAL);
        if (check instanceof PinCheck.Locked locked) {
            throw new SaleException(SaleError.APPROVER_LOCKED,
                    approval.loginCode() + " is locked until " + locked.until(),
                    locked.until().toString());
        }
        if (!(check instanceof PinCheck.Verified verified)) {
            throw new SaleException(SaleError.NOT_AUTHORISED, "Approval refused for " + permission, permission.name());
        }
        if (verified.temporaryPin()) {
            // Someone else knows a temporary PIN: it signs nothing until its owner has chosen their own.
            throw new SaleException(SaleError.NOT_AUTHORISED, approval.loginCode() + " must first choose their own PIN",
                    permission.name());
        }
        if (!verified.cashier().may(permission)) {
            throw new SaleException(SaleError.NOT_AUTHORISED, approval.loginCode() + " may not approve " + permission,
                    permission.name());
        }
        return verified.cashier();
    }
}
