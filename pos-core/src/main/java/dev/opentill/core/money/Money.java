package dev.opentill.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (fen, cents) of one currency. Immutable; arithmetic refuses
 * to mix currencies, and every operation that can produce fractions of a minor unit takes an
 * explicit {@link RoundingMode}.
 */
public final class Money implements Comparable<Money> {
    /** The chain's default currency; a store configured otherwise passes its own. */
    public static final Currency CNY = Currency.getInstance("CNY");

    private final long minor;
    private final Currency currency;

    private Money(long minor, Currency currency) {
        this.minor = minor;
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses a decimal amount such as "12.50"; more decimals than the currency has is an error. */
    public static Money parse(String amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: '" + amount + "'");
        }
        return of(value, currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        int digits = fractionDigits(currency);
        try {
            return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(),
                    currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more than " + digits + " decimals or is too large for "
                            + currency.getCurrencyCode());
        }
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public long minor() {
        return minor;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        check(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        check(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money negated() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money abs() {
        return minor < 0 ? negated() : this;
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** This amount times {@code numerator / denominator}, rounded once with {@code mode}. */
    public Money times(long numerator, long denominator, RoundingMode mode) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, mode);
        return new Money(exact.longValueExact(), currency);
    }

    /** Rounds to a multiple of {@code stepMinor} (e.g. 10 for 0.10 yuan), as cash rounding does. */
    public Money roundToStep(long stepMinor, RoundingMode mode) {
        if (stepMinor <= 0) {
            throw new IllegalArgumentException("rounding step must be positive: " + stepMinor);
        }
        if (stepMinor == 1) {
            return this;
        }
        BigDecimal steps = BigDecimal.valueOf(minor).divide(BigDecimal.valueOf(stepMinor), 0, mode);
        return new Money(Math.multiplyExact(steps.longValueExact(), stepMinor), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, fractionDigits(currency));
    }

    /** Plain decimal text without currency symbol, e.g. "12.50". */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        check(other);
        return Long.compare(minor, other.minor);
    }

    private void check(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.minor == minor && m.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minor) * 31 + currency.hashCode();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toPlainString();
    }
}
