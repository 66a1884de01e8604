package dev.opentill.app.cash;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.CashRepository;
import dev.opentill.app.store.OfflineReviewReader;
import dev.opentill.app.store.ShiftRepository;
import dev.opentill.app.store.ZRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link CashOffice} over the till's store: who may do what (a cashier moves cash within their role's
 * limit; beyond it, opening and closing need a manager, whose PIN goes through the lockout gate),
 * and the rules the store enforces in one transaction each.
 */
public final class CashDesk implements CashOffice {
    private final CashPolicy policy;
    private final Authority authority;
    private final OpenTicket ticket;
    private final ShiftRepository shifts;
    private final CashRepository cash;
    private final ZRepository zs;
    private final OfflineReviewReader reviews;
    private final Clock clock;

    public CashDesk(CashPolicy policy, Authority authority, OpenTicket ticket, ShiftRepository shifts,
            CashRepository cash, ZRepository zs, OfflineReviewReader reviews, Clock clock) {
        this.policy = policy;
        this.authority = authority;
        this.ticket = ticket;
        this.shifts = shifts;
        this.cash = cash;
        this.zs = zs;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public CashPolicy policy() {
        return policy;
    }

    @Override
    public DrawerStatus drawer() {
        authority.requireCashier();
        Money expected = cash.drawerCash();
        return new DrawerStatus(policy.blindCount() ? null : expected, policy.dropDue(expected));
    }

    @Override
    public void openShift(DrawerCount openingFloat, Approval approver) {
        Cashier by = authority.authorise(Permission.CLOSE_SHIFT, approver);
        Money amount = openingFloat.total();
        shifts.open(by, amount);
        if (amount.isPositive()) {
            // The float's two-sided record (safe -> till) with its count; the shift row holds the amount.
            cash.record(CashMovement.of(UuidV7.next(), null, Kind.FLOAT, amount, null, null,
                    authority.requireCashier().id(), authority.approverId(by), clock.instant()),
                    openingFloat.spec());
        }
    }

    @Override
    public CashMovement move(Kind kind, Money amount, String reason, String bagNo, Approval approver) {
        if (kind == Kind.FLOAT) {
            throw new IllegalArgumentException("The float is counted when the shift opens");
        }
        Cashier cashier = authority.requireCashier();
        CashMovement draft = CashMovement.of(UuidV7.next(), null, kind, amount, reason, bagNo, cashier.id(), null,
                clock.instant());
        Cashier by = policy.mayMoveUnaided(cashier.role(), amount)
                ? cashier
                : authority.authorise(Permission.CLOSE_SHIFT, approver);
        return cash.record(CashMovement.of(draft.id(), null, kind, amount, draft.reason(), draft.bagNo(),
                cashier.id(), authority.approverId(by), draft.at()), null);
    }

    @Override
    public void countDrawer(DrawerCount count) {
        Cashier cashier = authority.requireCashier();
        cash.recordCount(cashier.id(), null, count.total(), count.spec());
    }

    @Override
    public OfflineReview review() {
        authority.requireCashier();
        return reviews.read();
    }

    @Override
    public List<TenderTaken> otherTenders() {
        authority.requireCashier();
        List<TenderTaken> taken = zs.otherTenders();
        return policy.blindCount() ? taken.stream().map(TenderTaken::blind).toList() : taken;
    }

    @Override
    public ZReport close(CloseRequest request, Approval approver) {
        ticket.requireEmpty();
        Cashier cashier = authority.requireCashier();
        Cashier manager = authority.authorise(Permission.CLOSE_SHIFT, approver);
        ZReport z = zs.close(new ZRepository.Closing(cashier, manager, request.cash().total(),
                request.cash().spec(), request.declared(), request.varianceReason(), request.pendingConfirmed()),
                policy);
        shifts.forgetClosed();
        return z;
    }

    @Override
    public Optional<ZReport> z(long number) {
        authority.requireCashier();
        return zs.byNumber(number);
    }

    @Override
    public List<ZReport> zReports(LocalDate date) {
        authority.requireCashier();
        return date == null ? zs.latest(50) : zs.onDate(date);
    }

    /** Where this terminal's Z chain first breaks, or empty when it holds (not a screen action). */
    public OptionalLong verifyZChain() {
        return zs.verify();
    }

    @Override
    public ZReport reprint(long number) {
        Cashier cashier = authority.requireCashier();
        ZReport z = zs.byNumber(number).orElseThrow(
                () -> new SaleException(SaleError.NO_SUCH_Z, "No Z " + number, Long.toString(number)));
        zs.recordReprint(cashier.id(), number);
        return z;
    }
}
