package dev.opentill.app.cash;

import dev.opentill.app.security.Approval;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cash office at the till, as the manager runs it: counts by denomination, pay in and out,
 * safe drops and pickups, the offline review and the close with its Z; past Z reports. Calls block:
 * make them off the FX thread. Refusals are {@code SaleException}s.
 */
public interface CashOffice {

    /** The store's cash rules (denominations, blind count, drop threshold, limits). */
    CashPolicy policy();

    /** The drawer now: the expected cash (null when counts are blind) and whether a drop is due. */
    DrawerStatus drawer();

    /** Opens a shift with a float counted by denomination (a manager's action). */
    void openShift(DrawerCount openingFloat, Approval approver);

    /**
     * Moves cash in or out of the drawer: within the cashier's role limit on their own, beyond it
     * with a manager's approval; a drop or pickup needs a bag number, a pay in or out a reason.
     */
    CashMovement move(Kind kind, Money amount, String reason, String bagNo, Approval approver);

    /** Records a mid-shift count of the drawer (a till audit); says nothing of the expected cash. */
    void countDrawer(DrawerCount count);

    /** What has not reached the centre, what it rejected, and the shift's overrides. */
    OfflineReview review();

    /** Closes the shift (a manager's action) and returns its stored, chained Z. */
    ZReport close(CloseRequest request, Approval approver);

    /** A stored Z by number, as it was closed. */
    Optional<ZReport> z(long number);

    /** The stored Z reports of a business date (or the latest ones when {@code date} is null). */
    List<ZReport> zReports(LocalDate date);

    /** A stored Z to print again, marked as a copy (audited). */
    ZReport reprint(long number);

    /** The drawer's state: {@code expected} is null when counts are blind. */
    record DrawerStatus(Money expected, boolean dropDue) {
    }

    /**
     * A close: the cash counted by denomination, other tenders as declared (left out: taken as their
     * references total), the reason for a variance beyond a limit, and the manager's confirmation of
     * closing with events not at the centre.
     */
    record CloseRequest(DrawerCount cash, Map<String, Money> declared, String varianceReason,
            boolean pendingConfirmed) {
    }
}
