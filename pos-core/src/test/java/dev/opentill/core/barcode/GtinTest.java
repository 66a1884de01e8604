package dev.opentill.core.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "4006381333931", // EAN-13, Stabilo pen
            "9780306406157", // ISBN-13 as EAN-13
            "6901028075831", // EAN-13 with China's 690 prefix
            "036000291452", // UPC-A
            "96385074", // EAN-8
            "042100005264", // UPC-A expansion of UPC-E 04252614
    })
    void acceptsTheCheckDigitOfKnownCodes(String code) {
        assertThat(Gtin.hasValidCheckDigit(code)).isTrue();
    }

    @ParameterizedTest(name = "{0} is invalid")
    @ValueSource(strings = {"4006381333932", "036000291453", "96385075", "", "7", "40063813339a1"})
    void rejectsWrongCheckDigitsAndNonDigits(String code) {
        assertThat(Gtin.hasValidCheckDigit(code)).isFalse();
    }

    @Test
    void computesTheCheckDigitOfABody() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("03600029145")).isEqualTo(2);
        assertThat(Gtin.checkDigit("9638507")).isEqualTo(4);
        assertThat(Gtin.withCheckDigit("978030640615")).isEqualTo("9780306406157");
    }

    @Test
    void refusesToAppendACheckDigitToNonDigits() {
        assertThatThrownBy(() -> Gtin.withCheckDigit("12A45")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "UPC-E {0} expands to {1}")
    @CsvSource({
            // last digit 0-2: manufacturer XX<d>00, item 00XXX
            "04252614, 042100005264",
            "04963406, 049000006346", // Coca-Cola 12 oz can
            "01234505, 012000003455",
            // last digit 3: manufacturer XXX00, item 000XX
            "01234531, 012300000451",
            // last digit 4: manufacturer XXXX0, item 0000X
            "01234543, 012340000053",
            // last digit 5-9: manufacturer XXXXX, item 0000<d>
            "01234596, 012345000096",
    })
    void expandsUpcEToUpcA(String upcE, String upcA) {
        assertThat(Gtin.expandUpcE(upcE)).isEqualTo(upcA);
        assertThat(Gtin.hasValidCheckDigit(upcA)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"21234565", "0123456", "012345678", "0123456A"})
    void refusesToExpandWhatIsNotAUpcE(String code) {
        assertThatThrownBy(() -> Gtin.expandUpcE(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
