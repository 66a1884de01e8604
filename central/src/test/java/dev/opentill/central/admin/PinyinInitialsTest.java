package dev.opentill.central.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {
    @Test
    void chineseCharactersGiveTheFirstLetterOfTheirPinyin() {
        assertThat(PinyinInitials.of("咖啡")).isEqualTo("kf");
        assertThat(PinyinInitials.of("绿茶")).isEqualTo("lc");
    }

    @Test
    void latinWordsGiveTheirFirstLetterAndNumbersNothing() {
        assertThat(PinyinInitials.of("可口可乐 Cola 330ml")).isEqualTo("kkklc");
        assertThat(PinyinInitials.of("Coca-Cola Zero")).isEqualTo("ccz");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(PinyinInitials.of(null)).isEmpty();
        assertThat(PinyinInitials.of("  ")).isEmpty();
    }
}
