package dev.opentill.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {

    @Test
    void formatsTheTerminalAndAZeroPaddedSequence() {
        assertThat(new ReceiptNumber("S0001-T01", 42).text()).isEqualTo("S0001-T01-00000042");
        assertThat(new ReceiptNumber("T1", 123_456_789).text()).isEqualTo("T1-123456789");
    }

    @Test
    void parsesItsOwnText() {
        assertThat(ReceiptNumber.parse("S0001-T01-00000042")).isEqualTo(new ReceiptNumber("S0001-T01", 42));
        assertThat(ReceiptNumber.parse(" S0001-T01-00000042\n")).isEqualTo(new ReceiptNumber("S0001-T01", 42));
    }

    @Property
    void textParsesBackToTheSameNumber(@ForAll("terminals") String terminal,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long sequence) {
        ReceiptNumber number = new ReceiptNumber(terminal, sequence);
        assertThat(ReceiptNumber.parse(number.text())).isEqualTo(number);
        assertThat(ReceiptNumber.looksLikeReceiptNumber(number.text())).isTrue();
    }

    @Provide
    Arbitrary<String> terminals() {
        return Arbitraries.strings().withChars("ABCST0123456789-").ofMinLength(1).ofMaxLength(12);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "42",
            "T01-42",
            "-00000042",
            "T01-0000004x",
            "T01 00000042",
            "T01-+0000042",
            "T01-00000000",
            "T/1-00000042",
            "T01-000000042",
            "T01-\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF14\uFF12",
            "T01-99999999999999999999",
    })
    void refusesTextThatIsNotAReceiptNumber(String text) {
        assertThatThrownBy(() -> ReceiptNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReceiptNumber.looksLikeReceiptNumber(text)).isFalse();
    }

    @Test
    void refusesABadTerminalCodeOrSequence() {
        assertThatThrownBy(() -> new ReceiptNumber(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptNumber("T 1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptNumber("T1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
