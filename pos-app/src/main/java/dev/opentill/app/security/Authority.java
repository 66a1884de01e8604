package dev.opentill.app.security;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in cashier and what they may do: every feature service asks here who acts and who
 * authorised an action, so the rules for approvals and discount limits live in one place.
 */
public final class Authority implements CashierSession {
    private final Authorizer authorizer;
    private volatile Cashier cashier;

    public Authority(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public void signIn(Cashier c) {
        this.cashier = c;
    }

    @Override
    public void signOut() {
        this.cashier = null;
    }

    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    /** The signed-in cashier; refused when nobody is signed in. */
    public Cashier requireCashier() {
        Cashier c = cashier;
        if (c == null) {
            throw new SaleException(SaleError.NOT_AUTHORISED, "No cashier is signed in", "LOGIN");
        }
        return c;
    }

    /** Who authorised {@code permission}: the cashier when allowed, else the approver, else refused. */
    public Cashier authorise(Permission permission, Approval approval) {
        return authorizer.authorise(requireCashier(), permission, approval);
    }

    /** Who authorised a discount of {@code discount} on {@code base}: the cashier within their limit, else an approver. */
    public Cashier discountAuthority(Money discount, Money base, Approval approval) {
        Cashier c = requireCashier();
        long limit = base.times(c.maxDiscountBp(), 10_000, RoundingMode.DOWN).minor();
        if (discount.minor() <= limit) {
            return c;
        }
        return authorise(Permission.DISCOUNT_BEYOND_LIMIT, approval);
    }

    /** The signed-in cashier's id, or null. */
    public UUID actorId() {
        Cashier c = cashier;
        return c == null ? null : c.id();
    }

    /** Who approved an action for the audit log: nobody when the cashier was allowed on their own. */
    public UUID approverId(Cashier by) {
        return by == null || by.id().equals(actorId()) ? null : by.id();
    }
}
