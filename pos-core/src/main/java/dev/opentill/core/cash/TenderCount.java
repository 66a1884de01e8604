package dev.opentill.core.cash;

import dev.opentill.core.money.Money;

/**
 * One tender at close: what the till expects (cash: float + cash taken - change + movements; others:
 * the total of their references), what was counted or declared, the variance (counted - expected),
 * the limit it was judged against and whether it needed a manager.
 */
public record TenderCount(String tender, Money expected, Money counted, Money variance, Money limit) {

    /** Judges {@code counted} against {@code expected} with the tender's {@code limit}. */
    public static TenderCount of(String tender, Money expected, Money counted, Money limit) {
        return new TenderCount(tender, expected, counted, counted.minus(expected), limit);
    }

    /** Beyond the limit either way: the close needs a manager's approval and a reason. */
    public boolean beyondLimit() {
        return variance.abs().isGreaterThan(limit);
    }
}
