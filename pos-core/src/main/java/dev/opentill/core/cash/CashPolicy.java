package dev.opentill.core.cash;

import dev.opentill.core.money.Money;
import dev.opentill.core.staff.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * A store's cash-office rules: the denominations it counts in, whether counts are blind, when the
 * till prompts a safe drop, how much each role may pay in or out unaided, how far each tender's
 * count may miss the expected amount before the close needs a manager, and when its business day
 * starts (a store open past midnight closes 02:00 sales into the previous business date).
 */
public record CashPolicy(Denominations denominations, boolean blindCount, Money dropThreshold,
        Map<Role, Money> movementLimits, Map<String, Money> varianceLimits, Money defaultVarianceLimit,
        LocalTime dayStart, ZoneId zone) {

    public CashPolicy {
        Objects.requireNonNull(denominations);
        movementLimits = Map.copyOf(movementLimits);
        varianceLimits = Map.copyOf(varianceLimits);
    }

    /**
     * The defaults of a store in {@code currency}: CNY counted by denomination, counts not blind, a
     * drop prompt over 2,000, cashiers pay out up to 100 and supervisors up to 500 unaided
     * (managers without limit), 5.00 of variance per tender, the day starting at midnight.
     */
    public static CashPolicy defaults(Currency currency, ZoneId zone) {
        return new CashPolicy(Denominations.defaultFor(currency), false, major(2000, currency),
                Map.of(Role.CASHIER, major(100, currency), Role.SUPERVISOR, major(500, currency)), Map.of(),
                major(5, currency), LocalTime.MIDNIGHT, zone);
    }

    private static Money major(long units, Currency c) {
        return Money.ofMinor(units * (long) Math.pow(10, Math.max(0, c.getDefaultFractionDigits())), c);
    }

    /** Whether someone of {@code role} may move {@code amount} without a manager; managers always may. */
    public boolean mayMoveUnaided(Role role, Money amount) {
        if (role == Role.MANAGER) {
            return true;
        }
        Money limit = movementLimits.get(role);
        return limit != null && !amount.isGreaterThan(limit);
    }

    /** How far {@code tender}'s count may miss its expected amount (either way) without approval. */
    public Money varianceLimit(String tender) {
        return varianceLimits.getOrDefault(tender, defaultVarianceLimit);
    }

    /** Whether the drawer's cash is over the drop threshold (a zero threshold never prompts). */
    public boolean dropDue(Money drawerCash) {
        return dropThreshold.isPositive() && drawerCash.isGreaterThan(dropThreshold);
    }

    /** The business date of {@code at}: the calendar date, or the day before when before the day start. */
    public LocalDate businessDate(Instant at) {
        var local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(dayStart) ? date.minusDays(1) : date;
    }

    public CashPolicy withBlindCount(boolean blind) {
        return new CashPolicy(denominations, blind, dropThreshold, movementLimits, varianceLimits,
                defaultVarianceLimit, dayStart, zone);
    }
}
