package dev.opentill.app.shift;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.ShiftRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.money.Money;
import dev.opentill.core.shift.ShiftReport;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;

/** {@link Shifts}: who may open and close a shift, over the terminal's shift records. */
public final class ShiftDesk implements Shifts {
    private final ShiftRepository shifts;
    private final Authority authority;
    private final OpenTicket ticket;

    public ShiftDesk(ShiftRepository shifts, Authority authority, OpenTicket ticket) {
        this.shifts = shifts;
        this.authority = authority;
        this.ticket = ticket;
    }

    @Override
    public ShiftReport openShift(Money openingFloat, Approval approver) {
        Cashier by = authority.authorise(Permission.CLOSE_SHIFT, approver);
        return shifts.open(by, openingFloat);
    }

    @Override
    public ShiftReport xReport() {
        return shifts.xReport(authority.requireCashier());
    }

    @Override
    public ShiftReport closeShift(Money countedCash, Approval approver) {
        ticket.requireEmpty();
        Cashier by = authority.authorise(Permission.CLOSE_SHIFT, approver);
        return shifts.close(authority.requireCashier(), authority.approverId(by), countedCash);
    }
}
