package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.printer.escpos.ChineseFont;
import dev.opentill.peripherals.printer.escpos.CodePage;
import dev.opentill.peripherals.printer.escpos.Glyphs;
import dev.opentill.peripherals.printer.escpos.Glyphs.Route;
import org.junit.jupiter.api.Test;

/** How characters print on a model: Kanji mode for all two-byte GB18030, the code page for letters, substitutes. */
class GlyphsTest {
    private final Glyphs chinese = Glyphs.of(CodePage.PC437, ChineseFont.GB18030);
    private final Glyphs western = Glyphs.of(CodePage.PC858, ChineseFont.NONE);

    @Test
    void chinesePunctuationGoesThroughKanjiModeAtTwoColumns() {
        for (int cp : "×“”…—℃№，。".codePoints().toArray()) {
            assertThat(chinese.route(cp)).as(Character.toString(cp)).isEqualTo(Route.KANJI);
            assertThat(chinese.width(cp)).isEqualTo(2);
        }
    }

    @Test
    void accentedLatinLettersStayInTheCodePageAtOneColumn() {
        assertThat(chinese.route('é')).isEqualTo(Route.CODE_PAGE);
        assertThat(chinese.of("Café")).isEqualTo(4);
    }

    @Test
    void hangulAndFourByteIdeographsBecomeAWideSubstituteOnAChinesePrinter() {
        assertThat(chinese.printable("김치 𠀀")).isEqualTo("□□ □");
        assertThat(chinese.of("김치")).isEqualTo(4);
    }

    @Test
    void fullWidthFormsAndLettersWithoutAGlyphFallBackToWhatTheyStandFor() {
        assertThat(western.printable("Ａ１")).isEqualTo("A1");
        assertThat(Glyphs.of(CodePage.PC437, ChineseFont.NONE).printable("Łódź")).isEqualTo("Lódz"); // ó is in PC437
    }

    @Test
    void withoutAChineseFontChineseTextIsAQuestionMarkPerCharacter() {
        assertThat(western.printable("苹果 Apple")).isEqualTo("?? Apple");
        assertThat(western.printable("6×35g")).isEqualTo("6×35g"); // PC858 has the sign itself
    }

    @Test
    void latinTextWrapsBetweenWordsAndChineseBetweenCharacters() {
        assertThat(chinese.wrap("Organic Jasmine Rice from Huangpu", 12))
                .containsExactly("Organic", "Jasmine Rice", "from Huangpu");
        assertThat(chinese.wrap("好邻居便利店黄浦江畔旗舰店", 10)).containsExactly("好邻居便利", "店黄浦江畔", "旗舰店");
    }

    @Test
    void aWordLongerThanTheLineIsCutRatherThanLost() {
        assertThat(chinese.wrap("S0001-T01-00000042", 8)).containsExactly("S0001-T0", "1-000000", "42");
    }

    @Test
    void anIndentStaysOnTheFirstLineOnly() {
        assertThat(chinese.wrap("  促销: Member price of the week", 16))
                .containsExactly("  促销: Member", "price of the", "week");
    }
}
