package dev.opentill.app.shift;

import dev.opentill.app.security.Approval;
import dev.opentill.core.money.Money;
import dev.opentill.core.shift.ShiftReport;

/** The terminal's shifts as the manager runs them. Calls block: make them off the FX thread. */
public interface Shifts {

    /** Opens a shift with a counted float (a manager's count); refused while one is open. */
    ShiftReport openShift(Money openingFloat, Approval approver);

    /** The X report of the open shift: what it sold and took so far, read only (audited). */
    ShiftReport xReport();

    /**
     * Closes the open shift with the cash counted in the drawer (a manager's action) and returns
     * its Z report; refused while a ticket is open. The next sale opens a new shift.
     */
    ShiftReport closeShift(Money countedCash, Approval approver);
}
