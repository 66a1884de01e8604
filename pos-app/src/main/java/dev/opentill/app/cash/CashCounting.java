package dev.opentill.app.cash;

import dev.opentill.app.cash.CashOffice.DrawerStatus;
import dev.opentill.app.security.Approval;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.money.Money;

/**
 * The cash in the drawer during a shift, as the cash-office screens move and count it: the float,
 * pays in and out, safe drops and pickups, mid-shift audits. Calls block: make them off the FX thread.
 */
public interface CashCounting {

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
}
