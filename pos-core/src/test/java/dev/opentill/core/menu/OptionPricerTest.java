package dev.opentill.core.menu;

import static dev.opentill.core.menu.TeaMenu.FRUIT_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA;
import static dev.opentill.core.menu.TeaMenu.MILK_TEA_MENU;
import static dev.opentill.core.menu.TeaMenu.SIZE;
import static dev.opentill.core.sale.SaleFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OptionPricerTest {
    private static List<OptionPick> picks(String... groupAndOption) {
        List<OptionPick> out = new ArrayList<>();
        for (String s : groupAndOption) {
            String[] p = s.split("/");
            out.add(OptionPick.of(p[0], p[1]));
        }
        return out;
    }

    private static void refused(SaleError error, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SaleException.class, e -> assertThat(e.error())
                .isEqualTo(error));
    }

    @Test
    void defaultsPickOnePerSingleChoiceGroupAndCostTheBasePrice() {
        List<OptionPick> defaults = OptionPricer.defaults(MILK_TEA_MENU);
        assertThat(defaults).containsExactly(OptionPick.of("SIZE", "M"), OptionPick.of("SUGAR", "FULL"),
                OptionPick.of("ICE", "NORMAL"));
        LineOptions o = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, defaults, SoldOut.NOTHING);
        assertThat(o.listPrice()).isEqualTo(yuan("15.00"));
    }

    @Test
    void priceRisesWithLargeAndToppingsAndFallsWithSmall() {
        LineOptions large = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/HALF", "ICE/LESS", "TOP/PEARL", "TOP/PUDDING"), SoldOut.NOTHING);
        assertThat(large.listPrice()).isEqualTo(yuan("23.00"));
        LineOptions small = OptionPricer.price(MILK_TEA, MILK_TEA_MENU, picks("SIZE/S", "SUGAR/NONE", "ICE/HOT"),
                SoldOut.NOTHING);
        assertThat(small.listPrice()).isEqualTo(yuan("13.00"));
    }

    @Test
    void aStackableToppingTakenTwiceCountsTwiceInPriceAndInTheGroupsMaximum() {
        LineOptions o = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/M", "SUGAR/FULL", "ICE/NORMAL", "TOP/PEARL", "TOP/PEARL"), SoldOut.NOTHING);
        assertThat(o.listPrice()).isEqualTo(yuan("19.00"));
        assertThat(o.chosen()).hasSize(4);
        assertThat(o.summary(Locale.ENGLISH)).isEqualTo("Medium / Full sugar / Normal ice / Pearls x2");
        refused(SaleError.OPTION_RULE_BROKEN, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/M", "SUGAR/FULL", "ICE/NORMAL", "TOP/PEARL", "TOP/PEARL", "TOP/PUDDING",
                        "TOP/PEARL"),
                SoldOut.NOTHING));
    }

    @Test
    void theSameChoicesInAnotherOrderMakeTheSameOptions() {
        LineOptions a = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("TOP/PUDDING", "ICE/LESS", "SIZE/L", "TOP/PEARL", "SUGAR/HALF"), SoldOut.NOTHING);
        LineOptions b = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/HALF", "ICE/LESS", "TOP/PEARL", "TOP/PUDDING"), SoldOut.NOTHING);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aMissingRequiredChoiceIsRefusedNamingTheGroup() {
        assertThatThrownBy(() -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU, picks("SIZE/L", "ICE/LESS"),
                SoldOut.NOTHING)).isInstanceOfSatisfying(SaleException.class, e -> {
                    assertThat(e.error()).isEqualTo(SaleError.OPTION_RULE_BROKEN);
                    assertThat(e.args()).containsExactly("SUGAR", 1, 1);
                });
    }

    @Test
    void twoSizesAreRefused() {
        refused(SaleError.OPTION_RULE_BROKEN, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SIZE/M", "SUGAR/FULL", "ICE/LESS"), SoldOut.NOTHING));
    }

    @Test
    void anExclusiveOptionCannotBeTakenWithOthersOfItsGroup() {
        refused(SaleError.OPTION_RULE_BROKEN, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "TOP/NOTOP", "TOP/PEARL"), SoldOut.NOTHING));
        LineOptions alone = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "TOP/NOTOP"), SoldOut.NOTHING);
        assertThat(alone.chosen()).extracting(c -> c.optionCode()).contains("NOTOP");
    }

    @Test
    void unknownGroupsAndOptionsAreRefused() {
        refused(SaleError.OPTION_UNKNOWN, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/XL", "SUGAR/FULL", "ICE/LESS"), SoldOut.NOTHING));
        refused(SaleError.OPTION_UNKNOWN, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "FOAM/CHEESE"), SoldOut.NOTHING));
    }

    @Test
    void aSoldOutOptionOrProductIsRefused() {
        SoldOut noPudding = new SoldOut(Set.of(), Set.of(SoldOut.optionKey("TOP", "PUDDING")));
        assertThatThrownBy(() -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "TOP/PUDDING"), noPudding))
                .isInstanceOfSatisfying(SaleException.class, e -> {
                    assertThat(e.error()).isEqualTo(SaleError.SOLD_OUT);
                    assertThat(e.args()).containsExactly("TOP/PUDDING");
                });
        OptionPricer.price(MILK_TEA, MILK_TEA_MENU, picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "TOP/PEARL"),
                noPudding);
        refused(SaleError.SOLD_OUT, () -> OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                OptionPricer.defaults(MILK_TEA_MENU), new SoldOut(Set.of(MILK_TEA.id()), Set.of())));
    }

    @Test
    void aPriceThatDoesNotAddUpIsRefused() {
        LineOptions o = OptionPricer.price(MILK_TEA, MILK_TEA_MENU,
                picks("SIZE/L", "SUGAR/FULL", "ICE/LESS", "TOP/PEARL"), SoldOut.NOTHING);
        OptionPricer.checkAddsUp(o, yuan("20.00"), "MT");
        refused(SaleError.PRICE_DOES_NOT_ADD_UP, () -> OptionPricer.checkAddsUp(o, yuan("18.00"), "MT"));
    }

    @Test
    void optionsCannotTakeAProductBelowZero() {
        Product cheap = new Product(UUID.randomUUID(), "W", "水", "Water", "TEA", "VAT6", 600,
                yuan("1.00"), false, null);
        ProductMenu menu = new ProductMenu(cheap.id(), List.of(SIZE));
        refused(SaleError.PRICE_DOES_NOT_ADD_UP, () -> OptionPricer.price(cheap, menu, picks("SIZE/S"),
                SoldOut.NOTHING));
    }

    @Test
    void aMenuOfAnotherProductIsAProgrammingError() {
        assertThatThrownBy(() -> OptionPricer.price(FRUIT_TEA, MILK_TEA_MENU, List.of(), SoldOut.NOTHING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupsWhoseRulesOrDefaultsContradictThemselvesAreRefusedWhenBuilt() {
        Money zero = Money.zero(Money.CNY);
        MenuOption a = new MenuOption("A", "甲", "A", zero, true, Stacking.EXCLUSIVE, null);
        MenuOption b = new MenuOption("B", "乙", "B", zero, true, Stacking.EXCLUSIVE, null);
        assertThatThrownBy(() -> new OptionGroup("G", "组", "G", 2, 1, List.of(a)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptionGroup("G", "组", "G", 0, 1, List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptionGroup("G", "组", "G", 0, 1, List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
