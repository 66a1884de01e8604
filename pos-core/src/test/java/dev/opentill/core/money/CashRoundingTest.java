package dev.opentill.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CashRoundingTest {
    private static Money fen(long minor) {
        return Money.ofMinor(minor, Money.CNY);
    }

    @Test
    void tenFenRoundingDownDropsTheOddFen() {
        CashRounding rounding = new CashRounding(10, RoundingMode.DOWN);
        assertThat(rounding.apply(fen(1234))).isEqualTo(fen(1230));
        assertThat(rounding.apply(fen(1239))).isEqualTo(fen(1230));
        assertThat(rounding.apply(fen(1230))).isEqualTo(fen(1230));
    }

    @Test
    void halfUpRoundingGoesToTheNearestStep() {
        CashRounding rounding = new CashRounding(5, RoundingMode.HALF_UP);
        assertThat(rounding.apply(fen(1232))).isEqualTo(fen(1230));
        assertThat(rounding.apply(fen(1233))).isEqualTo(fen(1235));
    }

    @Test
    void noRoundingLeavesEveryAmountAlone() {
        assertThat(CashRounding.NONE.apply(fen(1237))).isEqualTo(fen(1237));
    }

    @Test
    void refusesAStepThatIsNotPositive() {
        assertThatThrownBy(() -> new CashRounding(0, RoundingMode.DOWN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CashRounding(-10, RoundingMode.DOWN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingMode() {
        assertThatThrownBy(() -> new CashRounding(10, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void roundingDownNeverChargesMoreNorTakesOffAWholeStep(@ForAll @LongRange(min = 0, max = 10_000_000) long minor) {
        Money rounded = new CashRounding(10, RoundingMode.DOWN).apply(fen(minor));
        assertThat(rounded.minor() % 10).isZero();
        assertThat(rounded.minor()).isLessThanOrEqualTo(minor).isGreaterThan(minor - 10);
    }
}
