package dev.opentill.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Currency CNY = Money.CNY;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money yuan(String amount) {
        return Money.parse(amount, CNY);
    }

    @Test
    void addsAndSubtractsInMinorUnits() {
        assertThat(yuan("12.34").plus(yuan("0.66"))).isEqualTo(yuan("13.00"));
        assertThat(yuan("1.00").minus(yuan("2.50"))).isEqualTo(yuan("-1.50"));
        assertThat(yuan("3.10").times(3)).isEqualTo(Money.ofMinor(930, CNY));
    }

    @Test
    void negatesAndTakesAbsoluteValue() {
        assertThat(yuan("4.20").negated()).isEqualTo(yuan("-4.20"));
        assertThat(yuan("-4.20").abs()).isEqualTo(yuan("4.20"));
        assertThat(yuan("4.20").abs()).isEqualTo(yuan("4.20"));
    }

    @Test
    void refusesToAddAnotherCurrency() {
        assertThatThrownBy(() -> yuan("1.00").plus(Money.ofMinor(100, USD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Currency mismatch");
    }

    @Test
    void refusesToSubtractOrCompareAnotherCurrency() {
        Money dollar = Money.ofMinor(100, USD);
        assertThatThrownBy(() -> yuan("1.00").minus(dollar)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan("1.00").compareTo(dollar)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan("1.00").isGreaterThan(dollar)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameAmountInAnotherCurrencyIsNotEqual() {
        assertThat(Money.ofMinor(100, CNY)).isNotEqualTo(Money.ofMinor(100, USD));
    }

    @Test
    void parsesDecimalTextIntoMinorUnits() {
        assertThat(yuan("12.5").minor()).isEqualTo(1250);
        assertThat(yuan(" 0.07 ").minor()).isEqualTo(7);
        assertThat(yuan("-3").minor()).isEqualTo(-300);
        assertThat(Money.parse("1200", JPY).minor()).isEqualTo(1200);
    }

    @Test
    void refusesToParseMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> yuan("12.345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parse("1.5", JPY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTrailingZeroDecimalsBeyondTheCurrencyScale() {
        assertThat(yuan("12.3400").minor()).isEqualTo(1234);
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> yuan("12,50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAmountTooLargeForALong() {
        assertThatThrownBy(() -> yuan("100000000000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
        assertThatThrownBy(() -> max.plus(Money.ofMinor(1, CNY))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesAFractionRoundsOnceWithTheGivenMode() {
        Money price = Money.ofMinor(999, CNY); // 9.99 per kg
        // 0.455 kg: 454.545 fen
        assertThat(price.times(455, 1000, RoundingMode.HALF_UP).minor()).isEqualTo(455);
        assertThat(price.times(455, 1000, RoundingMode.DOWN).minor()).isEqualTo(454);
        assertThat(price.times(455, 1000, RoundingMode.UP).minor()).isEqualTo(455);
    }

    @Test
    void timesAFractionDistinguishesHalfUpFromHalfDownAndHalfEven() {
        Money m = Money.ofMinor(25, CNY); // 25 * 1/10 = 2.5
        assertThat(m.times(1, 10, RoundingMode.HALF_UP).minor()).isEqualTo(3);
        assertThat(m.times(1, 10, RoundingMode.HALF_DOWN).minor()).isEqualTo(2);
        assertThat(m.times(1, 10, RoundingMode.HALF_EVEN).minor()).isEqualTo(2);
        assertThat(m.negated().times(1, 10, RoundingMode.HALF_UP).minor()).isEqualTo(-3);
    }

    @Test
    void timesAFractionThatIsInexactRefusesRoundingUnnecessary() {
        assertThatThrownBy(() -> Money.ofMinor(10, CNY).times(1, 3, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesAFractionRefusesAZeroDenominator() {
        assertThatThrownBy(() -> Money.ofMinor(10, CNY).times(1, 0, RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundsToACashStepInEachMode() {
        Money m = yuan("12.35");
        assertThat(m.roundToStep(10, RoundingMode.DOWN)).isEqualTo(yuan("12.30"));
        assertThat(m.roundToStep(10, RoundingMode.UP)).isEqualTo(yuan("12.40"));
        assertThat(m.roundToStep(10, RoundingMode.HALF_UP)).isEqualTo(yuan("12.40"));
        assertThat(m.roundToStep(10, RoundingMode.HALF_EVEN)).isEqualTo(yuan("12.40"));
        assertThat(yuan("12.25").roundToStep(10, RoundingMode.HALF_EVEN)).isEqualTo(yuan("12.20"));
        assertThat(yuan("12.34").roundToStep(50, RoundingMode.HALF_UP)).isEqualTo(yuan("12.50"));
    }

    @Test
    void roundingToAStepRefusesAStepThatIsNotPositive() {
        assertThatThrownBy(() -> yuan("1.00").roundToStep(0, RoundingMode.DOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsPlainDecimalText() {
        assertThat(Money.ofMinor(5, CNY).toPlainString()).isEqualTo("0.05");
        assertThat(Money.ofMinor(-1250, CNY).toPlainString()).isEqualTo("-12.50");
        assertThat(Money.ofMinor(1250, CNY).toString()).isEqualTo("CNY 12.50");
        assertThat(Money.ofMinor(1250, JPY).toPlainString()).isEqualTo("1250");
    }

    @Property
    void plainTextParsesBackToTheSameAmount(@ForAll long minor) {
        Money m = Money.ofMinor(minor, CNY);
        assertThat(Money.parse(m.toPlainString(), CNY)).isEqualTo(m);
    }

    @Property
    void plusThenMinusGivesTheOriginal(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = Money.ofMinor(a, CNY);
        Money y = Money.ofMinor(b, CNY);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }

    @Property
    void roundingToAStepGivesAMultipleWithinOneStep(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long minor,
            @ForAll @LongRange(min = 1, max = 100) long step) {
        Money m = Money.ofMinor(minor, CNY);
        Money down = m.roundToStep(step, RoundingMode.FLOOR);
        Money up = m.roundToStep(step, RoundingMode.CEILING);
        assertThat(down.minor() % step).isZero();
        assertThat(up.minor() % step).isZero();
        assertThat(down.minor()).isLessThanOrEqualTo(minor).isGreaterThan(minor - step);
        assertThat(up.minor()).isGreaterThanOrEqualTo(minor).isLessThan(minor + step);
    }

    @Property
    void timesAFractionMatchesExactDecimalArithmetic(
            @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long minor,
            @ForAll @LongRange(min = 0, max = 10_000_000L) long numerator,
            @ForAll @LongRange(min = 1, max = 10_000_000L) long denominator) {
        long expected = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
        long got = Money.ofMinor(minor, CNY).times(numerator, denominator, RoundingMode.HALF_UP).minor();
        assertThat(got).isEqualTo(expected);
        // and it is within half a minor unit of the exact product
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
        assertThat(exact.subtract(BigDecimal.valueOf(got)).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }
}
