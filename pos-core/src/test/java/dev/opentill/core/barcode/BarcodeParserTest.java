package dev.opentill.core.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.barcode.ScanResult.ProductCode;
import dev.opentill.core.barcode.ScanResult.Reason;
import dev.opentill.core.barcode.ScanResult.Rejected;
import dev.opentill.core.barcode.ScanResult.VariableMeasure;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeParserTest {
    private final BarcodeParser parser = BarcodeParser.withDefaultLayouts();

    @Test
    void readsAnEan13AsItIs() {
        assertThat(parser.parse("4006381333931")).isEqualTo(new ProductCode("4006381333931"));
        assertThat(parser.parse("6901028075831")).isEqualTo(new ProductCode("6901028075831"));
    }

    @Test
    void readsAUpcAAsItsEan13Form() {
        assertThat(parser.parse("036000291452")).isEqualTo(new ProductCode("0036000291452"));
        assertThat(parser.parse("0036000291452")).isEqualTo(new ProductCode("0036000291452"));
    }

    @Test
    void readsAnEan8AsItIs() {
        assertThat(parser.parse("96385074")).isEqualTo(new ProductCode("96385074"));
    }

    @Test
    void readsAUpcEAsItsExpandedEan13Form() {
        assertThat(parser.parse("04252614")).isEqualTo(new ProductCode("0042100005264"));
        assertThat(parser.parse("04963406")).isEqualTo(parser.parse("049000006346"));
    }

    /* For UPC-E codes ending in 5-9 the UPC-E check digit is always also a valid EAN-8 check digit. */
    @Test
    void readsAUpcEEndingInFiveToNineAsUpcEToo() {
        assertThat(parser.parse("01234596")).isEqualTo(new ProductCode("0012345000096"));
    }

    @Test
    void readsAnEightDigitCodeStartingWithZeroAsEan8WhenItIsNoUpcE() {
        assertThat(parser.parse("01234503")).isEqualTo(new ProductCode("01234503"));
    }

    @Test
    void stripsSurroundingWhitespaceFromTheScanner() {
        assertThat(parser.parse(" 4006381333931\r\n")).isEqualTo(new ProductCode("4006381333931"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "036000291453", "96385075", "04252615"})
    void rejectsABadCheckDigit(String code) {
        assertThat(parser.parse(code)).isEqualTo(new Rejected(Reason.BAD_CHECK_DIGIT, code));
    }

    @Test
    void readsAPriceEmbeddedScaleLabel() {
        // 20 | item 12345 | price 019.99 | check
        assertThat(parser.parse("2012345019997"))
                .isEqualTo(new VariableMeasure("12345", MeasureKind.PRICE, 1999, "2012345019997"));
    }

    @Test
    void readsAWeightEmbeddedScaleLabel() {
        // 25 | item 00012 | 1.250 kg | check
        assertThat(parser.parse("2500012012506"))
                .isEqualTo(new VariableMeasure("00012", MeasureKind.WEIGHT, 1250, "2500012012506"));
    }

    @Test
    void rejectsAScaleLabelWithABadCheckDigit() {
        assertThat(parser.parse("2012345019998")).isInstanceOf(Rejected.class);
    }

    /* UPC number system 2 is in-store: "2 IIIII V PPPP C" with a price check digit V, "02..." as EAN-13. */
    @Test
    void readsAUpcInStorePriceLabel() {
        assertThat(parser.parse("212345001998"))
                .isEqualTo(new VariableMeasure("12345", MeasureKind.PRICE, 199, "0212345001998"));
    }

    /* UPC-A codes starting 0 (EAN-13 "00...") are ordinary manufacturer codes, not scale labels. */
    @Test
    void readsAnOrdinaryUpcAStartingZeroTwoAsAProduct() {
        assertThat(parser.parse("024000162865")).isEqualTo(new ProductCode("0024000162865"));
    }

    @Test
    void readsAStoreLayoutWithItsOwnPositions() {
        // 28 | item 1234 | price 0012.50 with six digits | check
        VariableMeasureLayout custom = new VariableMeasureLayout(List.of("28"), 2, 4, 6, 6, MeasureKind.PRICE, 2,
                false);
        BarcodeParser storeParser = new BarcodeParser(List.of(custom));
        assertThat(storeParser.parse("2812340012500"))
                .isEqualTo(new VariableMeasure("1234", MeasureKind.PRICE, 1250, "2812340012500"));
    }

    @Test
    void skipsThePriceCheckDigitOfALayoutThatHasOne() {
        // 22 | item 12345 | price check digit 0 | price 01.99 | check
        VariableMeasureLayout custom = new VariableMeasureLayout(List.of("22"), 2, 5, 7, 5, MeasureKind.PRICE, 2, true);
        assertThat(new BarcodeParser(List.of(custom)).parse("2212345001996"))
                .isEqualTo(new VariableMeasure("12345", MeasureKind.PRICE, 199, "2212345001996"));
    }

    @Test
    void aStoreLayoutReplacesTheDefaults() {
        VariableMeasureLayout custom = new VariableMeasureLayout(List.of("28"), 2, 4, 6, 6, MeasureKind.PRICE, 2,
                false);
        assertThat(new BarcodeParser(List.of(custom)).parse("2012345019997"))
                .isEqualTo(new ProductCode("2012345019997"));
    }

    @Test
    void passesInternalAlphanumericCodesThrough() {
        assertThat(parser.parse("SKU-00042")).isEqualTo(new ProductCode("SKU-00042"));
        assertThat(parser.parse("12345")).isEqualTo(new ProductCode("12345"));
    }

    @Test
    void rejectsEmptyInput() {
        assertThat(parser.parse(null)).isInstanceOf(Rejected.class)
                .extracting(r -> ((Rejected) r).reason()).isEqualTo(Reason.EMPTY);
        assertThat(parser.parse("  \t")).isEqualTo(new Rejected(Reason.EMPTY, "  \t"));
    }

    @Test
    void rejectsInputLongerThanAnyBarcode() {
        String garbled = "1".repeat(BarcodeParser.MAX_LENGTH + 1);
        assertThat(parser.parse(garbled)).isEqualTo(new Rejected(Reason.TOO_LONG, garbled));
        assertThat(parser.parse("1".repeat(BarcodeParser.MAX_LENGTH))).isInstanceOf(ProductCode.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006 381333931", "abc\u0007", "商品123", "12\u00A034"})
    void rejectsControlCharactersSpacesAndNonAscii(String code) {
        assertThat(parser.parse(code)).isEqualTo(new Rejected(Reason.BAD_CHARACTERS, code));
    }

    @Test
    void normalisesEveryFormOfACodeToOneKey() {
        assertThat(BarcodeParser.normalise("036000291452")).isEqualTo("0036000291452");
        assertThat(BarcodeParser.normalise("0036000291452")).isEqualTo("0036000291452");
        assertThat(BarcodeParser.normalise("04252614")).isEqualTo(BarcodeParser.normalise("042100005264"));
        assertThat(BarcodeParser.normalise("4006381333932")).isNull();
    }

    @Property
    void acceptsAnyTwelveDigitBodyWithItsCheckDigit(@ForAll("bodies") String body) {
        String code = body + checkDigit(body);
        assertThat(parser.parse(code)).isNotInstanceOf(Rejected.class);
    }

    @Property
    void rejectsAnySingleDigitChange(@ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 12) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] code = (body + checkDigit(body)).toCharArray();
        code[position] = (char) ('0' + (code[position] - '0' + shift) % 10);
        String changed = new String(code);
        assertThat(parser.parse(changed)).isEqualTo(new Rejected(Reason.BAD_CHECK_DIGIT, changed));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().numeric().ofLength(12);
    }

    /** GS1 mod-10 written out from left to right, independently of {@link Gtin}: weights 1,3,1,3... */
    private static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
