package dev.opentill.core.barcode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariableMeasureLayoutTest {

    @Test
    void refusesALayoutWithoutPrefixes() {
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of(), 2, 5, 7, 5, MeasureKind.PRICE, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPrefixThatIsNotShortDigits() {
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of("2A"), 2, 5, 7, 5, MeasureKind.PRICE, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of("2000"), 2, 5, 7, 5, MeasureKind.PRICE, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesPositionsReachingTheCheckDigit() {
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of("20"), 2, 5, 7, 6, MeasureKind.PRICE, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of("20"), 8, 5, 2, 5, MeasureKind.PRICE, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingKind() {
        assertThatThrownBy(() -> new VariableMeasureLayout(List.of("20"), 2, 5, 7, 5, null, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
