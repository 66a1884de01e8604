package dev.opentill.app.cash;

import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.money.Money;
import java.util.Map;

/**
 * The cash office at the till, as the manager runs it: counts by denomination, pay in and out,
 * safe drops and pickups, the offline review and the close with its Z; past Z reports. Calls block:
 * make them off the FX thread. Refusals are {@code SaleException}s. Screens use its two halves,
 * {@link CashCounting} during the shift and {@link DayClose} at its end.
 */
public interface CashOffice extends CashCounting, DayClose {

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
