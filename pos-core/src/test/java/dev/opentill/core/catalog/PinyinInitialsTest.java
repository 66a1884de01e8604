package dev.opentill.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @Test
    void chineseCharactersGiveTheFirstLetterOfTheirPinyin() {
        assertThat(PinyinInitials.of("咖啡")).isEqualTo("kf");
        assertThat(PinyinInitials.of("珍珠奶茶")).isEqualTo("zznc");
        assertThat(PinyinInitials.of("富士苹果")).isEqualTo("fspg");
    }

    @Test
    void latinWordsAndDigitRunsGiveTheirFirstCharacter() {
        assertThat(PinyinInitials.of("可口可乐 Coke 330ml")).isEqualTo("kkklc3");
        assertThat(PinyinInitials.of("乐泉可乐 330ml")).isEqualTo("lqkl3");
    }

    @Test
    void latinInitialsAreLowerCase() {
        assertThat(PinyinInitials.of("Maple Leaf Oat Bars")).isEqualTo("mlob");
    }

    @Test
    void latinTextRightAfterChineseStartsANewWord() {
        assertThat(PinyinInitials.of("农夫山泉550ml")).isEqualTo("nfsq5");
    }

    @Test
    void fullWidthLettersAndDigitsCountAsLatin() {
        assertThat(PinyinInitials.of("可乐３３０ｍｌ")).isEqualTo("kl3");
    }

    @Test
    void punctuationAndSymbolsAreSkipped() {
        assertThat(PinyinInitials.of("枫叶燕麦棒 6×35g（进口）")).isEqualTo("fyymb63jk");
    }

    @Test
    void emptyAndNullNamesGiveEmptyInitials() {
        assertThat(PinyinInitials.of("")).isEmpty();
        assertThat(PinyinInitials.of(null)).isEmpty();
    }

    @Test
    void initialsNeverExceedTheColumnLength() {
        assertThat(PinyinInitials.of("茶".repeat(500))).hasSize(PinyinInitials.MAX_LENGTH);
    }

    @Test
    void hyphenatedLatinWordsEachGiveTheirFirstLetter() {
        assertThat(PinyinInitials.of("Coca-Cola Zero")).isEqualTo("ccz");
        assertThat(PinyinInitials.of("绿茶")).isEqualTo("lc");
    }
}
