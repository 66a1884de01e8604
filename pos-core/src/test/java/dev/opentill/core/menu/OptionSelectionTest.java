package dev.opentill.core.menu;

import static dev.opentill.core.menu.TeaMenu.MILK_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA_MENU;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptionSelectionTest {
    private final OptionSelection start = OptionSelection.defaults(MILK_TEA_MENU);

    @Test
    void itStartsFromTheDefaultsAndIsCompleteAtOnce() {
        assertThat(start.count("SIZE", "M")).isEqualTo(1);
        assertThat(start.complete()).isTrue();
        assertThat(OptionPricer.price(MILK_TEA, MILK_TEA_MENU, start.picks(), SoldOut.NOTHING).listPrice())
                .isEqualTo(yuan("15.00"));
    }

    @Test
    void oneTapInAOneChoiceGroupReplacesTheChoiceAndARequiredChoiceCannotBeTappedAway() {
        OptionSelection large = start.tap("SIZE", "L");
        assertThat(large.count("SIZE", "L")).isEqualTo(1);
        assertThat(large.count("SIZE", "M")).isZero();
        assertThat(large.tap("SIZE", "L").count("SIZE", "L")).isEqualTo(1);
    }

    @Test
    void stackableToppingsAddUpToTheMaximumThenTheTappedOneGoes() {
        OptionSelection s = start.tap("TOP", "PEARL").tap("TOP", "PEARL").tap("TOP", "PUDDING");
        assertThat(s.count("TOP", "PEARL")).isEqualTo(2);
        assertThat(s.count("TOP", "PUDDING")).isEqualTo(1);
        assertThat(OptionPricer.price(MILK_TEA, MILK_TEA_MENU, s.picks(), SoldOut.NOTHING).listPrice())
                .isEqualTo(yuan("22.00"));
        OptionSelection full = s.tap("TOP", "PEARL");
        assertThat(full.count("TOP", "PEARL")).isZero();
        assertThat(full.complete()).isTrue();
    }

    @Test
    void anExclusiveOptionClearsTheOthersOfItsGroupAndAStackableOneClearsIt() {
        OptionSelection none = start.tap("TOP", "PEARL").tap("TOP", "NOTOP");
        assertThat(none.count("TOP", "PEARL")).isZero();
        assertThat(none.count("TOP", "NOTOP")).isEqualTo(1);
        OptionSelection pearl = none.tap("TOP", "PEARL");
        assertThat(pearl.count("TOP", "NOTOP")).isZero();
        assertThat(pearl.count("TOP", "PEARL")).isEqualTo(1);
    }
}
