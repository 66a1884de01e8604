package dev.opentill.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void chineseCharactersCountAsTwoColumns() {
        assertThat(TextWidth.of("苹果")).isEqualTo(4);
        assertThat(TextWidth.of("Apple")).isEqualTo(5);
        assertThat(TextWidth.of("可乐Cola")).isEqualTo(8);
        assertThat(TextWidth.of("（）")).isEqualTo(4);
    }

    @Test
    void pricesLineUpWhetherTheNameIsChineseOrEnglish() {
        String chinese = TextWidth.twoColumns("苹果", "12.80", 20);
        String english = TextWidth.twoColumns("Apple", "3.50", 20);
        assertThat(TextWidth.of(chinese)).isEqualTo(20);
        assertThat(TextWidth.of(english)).isEqualTo(20);
        assertThat(chinese).endsWith(" 12.80").startsWith("苹果");
    }

    @Test
    void fittingNeverSplitsAWideCharacter() {
        assertThat(TextWidth.fit("苹果香蕉", 5)).isEqualTo("苹果");
        assertThat(TextWidth.twoColumns("非常长的商品名称", "9.90", 12)).isEqualTo("非常长  9.90");
    }
}
