package dev.opentill.core.sale;

import dev.opentill.core.money.Money;

/**
 * Where payment stands. For a refund all amounts are negative. {@code cashRounding} is the
 * adjustment made when cash settles the rest (e.g. -0.04 when 12.34 is rounded down to 12.30), even a
 * cash tender of zero when the rest rounds to nothing.
 * The ticket is settled when {@code balanceDue} is zero; {@code change} is cash handed back.
 */
public record Settlement(Money total, Money paid, Money cashRounding, Money balanceDue, Money change) {
    public boolean isSettled() {
        return balanceDue.isZero();
    }
}
