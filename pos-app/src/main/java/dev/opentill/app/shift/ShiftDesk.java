package dev.opentill.app.shift;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.ShiftRepository;
import dev.opentill.app.store.ZRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.shift.ShiftReport;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import dev.opentill.core.tender.TenderType;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@link Shifts}: who may open and close a shift, over the terminal's shift records. The close is
 * the cash office's ({@link ZRepository#close}: the Z stored and chained in the same transaction);
 * with blind counts the X report leaves out the expected cash.
 */
public final class ShiftDesk implements Shifts {
    private final ShiftRepository shifts;
    private final ZRepository zs;
    private final CashPolicy policy;
    private final Authority authority;
    private final OpenTicket ticket;
    private final BooleanSupplier auditIntact;

    public ShiftDesk(ShiftRepository shifts, ZRepository zs, CashPolicy policy, Authority authority, OpenTicket ticket,
            BooleanSupplier auditIntact) {
        this.shifts = shifts;
        this.zs = zs;
        this.policy = policy;
        this.authority = authority;
        this.ticket = ticket;
        this.auditIntact = auditIntact;
    }

    @Override
    public ShiftReport openShift(Money openingFloat, Approval approver) {
        Cashier by = authority.authorise(Permission.CLOSE_SHIFT, approver);
        return shifts.open(by, openingFloat);
    }

    @Override
    public ShiftReport xReport() {
        ShiftReport x = shifts.xReport(authority.requireCashier());
        return policy.blindCount() ? x.blind() : x;
    }

    /**
     * Closes with the counted cash alone (no denominations, no declared tenders, no variance reason):
     * the manager's approval also confirms closing with sales not yet at the centre, which the Z counts.
     */
    @Override
    public ShiftReport closeShift(Money countedCash, Approval approver) {
        ticket.requireEmpty();
        if (countedCash.isNegative()) {
            throw new SaleException(SaleError.AMOUNT_NEGATIVE, "Counted cash cannot be negative");
        }
        Cashier cashier = authority.requireCashier();
        Cashier manager = authority.authorise(Permission.CLOSE_SHIFT, approver);
        ShiftReport x = shifts.current();
        ZReport z = zs.close(new ZRepository.Closing(cashier, manager, countedCash, null, Map.of(), null, true),
                policy);
        shifts.forgetClosed();
        Money expected = z.tender(TenderType.CASH.name()).expected();
        return new ShiftReport(x.shiftId(), x.terminalCode(), z.header().zNumber(), x.openedAt(), x.openedBy(),
                z.header().closedAt(), cashier.name(), x.sales(), x.returns(), x.netSales(), x.discounts(), x.tax(),
                x.tenders(), x.noSales(), x.openingFloat(), expected, countedCash, countedCash.minus(expected),
                auditIntact.getAsBoolean());
    }
}
