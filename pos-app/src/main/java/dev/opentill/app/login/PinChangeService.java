package dev.opentill.app.login;

import dev.opentill.app.store.StaffPinWriter;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.store.StaffRepository.PinCheck;
import dev.opentill.app.store.StaffRepository.Purpose;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import dev.opentill.core.staff.PinRules;

/**
 * PINs chosen at the till: a person replacing their temporary PIN at login, and a manager giving
 * a person a new temporary PIN. Every PIN typed goes through the one gate (failures counted, lockout,
 * audited); the change goes to the staff table, the audit log and the outbox together
 * ({@link StaffPinWriter}), so the centre and the store's other tills get it. Blocks: call off the
 * UI thread.
 */
public final class PinChangeService {
    private final StaffRepository staff;
    private final StaffPinWriter writer;

    public PinChangeService(StaffRepository staff, StaffPinWriter writer) {
        this.staff = staff;
        this.writer = writer;
    }

    /**
     * Replaces the temporary PIN of {@code loginCode} with {@code newPin} and signs them in. The
     * temporary PIN is checked again (a wrong one counts towards the lockout); a new PIN that breaks
     * the rules or equals the temporary one is refused before anything is checked.
     */
    public LoginOutcome changeTemporaryPin(String loginCode, String temporaryPin, String newPin) {
        requireUsable(newPin);
        if (newPin.equals(temporaryPin)) {
            throw new PinChangeException(PinChangeException.Reason.SAME_AS_OLD, null,
                    "The new PIN must differ from the temporary one");
        }
        PinCheck check = staff.check(loginCode, temporaryPin, Purpose.LOGIN);
        if (check instanceof PinCheck.Verified v) {
            if (v.temporaryPin()) {
                writer.set(v.cashier().id(), newPin, false, null);
            }
            return new LoginOutcome.SignedIn(v.cashier());
        }
        if (check instanceof PinCheck.Locked l) {
            return new LoginOutcome.LockedOut(l.until());
        }
        if (check instanceof PinCheck.Wrong w) {
            return new LoginOutcome.WrongPin(w.attemptsLeft());
        }
        return new LoginOutcome.UnknownCashier();
    }

    /**
     * Gives {@code staffCode} the new temporary {@code newPin}, approved by a manager's code and
     * PIN (through the gate: wrong PINs count and lock the manager out). Also unlocks the person.
     * Returns who approved it.
     */
    public Cashier resetByManager(String staffCode, String managerCode, String managerPin, String newPin) {
        requireUsable(newPin);
        Cashier target = staff.byLoginCode(staffCode == null ? "" : staffCode.strip()).orElseThrow(
                () -> new PinChangeException(PinChangeException.Reason.UNKNOWN_STAFF, null,
                        "No active staff member " + staffCode));
        PinCheck check = staff.check(managerCode, managerPin, Purpose.APPROVAL);
        if (check instanceof PinCheck.Locked) {
            throw new PinChangeException(PinChangeException.Reason.APPROVER_LOCKED, null, managerCode + " is locked");
        }
        if (!(check instanceof PinCheck.Verified v) || v.temporaryPin() || !v.cashier().may(Permission.RESET_PIN)
                || v.cashier().id().equals(target.id())) {
            throw new PinChangeException(PinChangeException.Reason.NOT_AUTHORISED, null,
                    "A PIN reset needs another person's manager code and PIN");
        }
        writer.set(target.id(), newPin, true, v.cashier().id());
        return v.cashier();
    }

    private static void requireUsable(String pin) {
        PinRules.problem(pin).ifPresent(p -> {
            throw new PinChangeException(PinChangeException.Reason.BAD_PIN, p, "The PIN breaks a rule: " + p);
        });
    }
}
