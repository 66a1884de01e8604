package dev.opentill.core.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawerCountTest {
    private final Denominations cny = Denominations.cny();

    private List<String> typed(String... first) {
        List<String> t = new ArrayList<>(Collections.nCopies(cny.values().size(), ""));
        for (int i = 0; i < first.length; i++) {
            t.set(i, first[i]);
        }
        return t;
    }

    @Test
    void renminbiIsCountedInNotesAndCoinsLargestFirst() {
        assertThat(cny.values()).extracting(Denominations.Denomination::minor)
                .containsExactly(10000L, 5000L, 2000L, 1000L, 500L, 100L, 100L, 50L, 10L);
        assertThat(cny.values().get(5).coin()).isFalse();
        assertThat(cny.values().get(6).coin()).isTrue();
    }

    @Test
    void aCountAddsUpEveryDenomination() {
        // 2 x 100, 1 x 50, 3 x 1-yuan notes, 4 x 1-yuan coins, 1 x 5 jiao, 7 x 1 jiao
        DrawerCount c = DrawerCount.parse(cny, List.of("2", "1", "", "", "", "3", "4", "1", "7"));
        assertThat(c.total()).isEqualTo(Money.parse("258.20", Money.CNY));
        assertThat(c.spec()).isEqualTo("n10000x2,n5000x1,n100x3,c100x4,c50x1,c10x7");
    }

    @Test
    void aCountThatIsNotAWholeNumberNamesTheDenomination() {
        assertThatThrownBy(() -> DrawerCount.parse(cny, typed("2", "1.5"))).isInstanceOfSatisfying(
                SaleException.class, e -> {
                    assertThat(e.error()).isEqualTo(SaleError.COUNT_NOT_A_NUMBER);
                    assertThat(e.args()).containsExactly("50.00", "1.5");
                });
        assertThatThrownBy(() -> DrawerCount.parse(cny, typed("abc"))).isInstanceOfSatisfying(SaleException.class,
                e -> assertThat(e.error()).isEqualTo(SaleError.COUNT_NOT_A_NUMBER));
        assertThatThrownBy(() -> DrawerCount.parse(cny, typed("-3"))).isInstanceOfSatisfying(SaleException.class,
                e -> assertThat(e.error()).isEqualTo(SaleError.COUNT_NOT_A_NUMBER));
    }

    @Test
    void anAbsurdCountIsRefused() {
        assertThatThrownBy(() -> DrawerCount.parse(cny, typed("10001"))).isInstanceOfSatisfying(SaleException.class,
                e -> {
                    assertThat(e.error()).isEqualTo(SaleError.COUNT_ABSURD);
                    assertThat(e.args()).containsExactly("100.00", "10001");
                });
        assertThatThrownBy(() -> DrawerCount.parse(cny, typed("999999999"))).isInstanceOf(SaleException.class);
    }

    @Test
    void denominationsAreConfigurablePerCurrency() {
        Denominations usd = Denominations.parse(Currency.getInstance("USD"), "10000,2000,500,100|25,10,5,1");
        assertThat(usd.spec()).isEqualTo("10000,2000,500,100|25,10,5,1");
        DrawerCount c = DrawerCount.parse(usd, List.of("", "1", "", "3", "4", "", "", "2"));
        assertThat(c.total().toPlainString()).isEqualTo("24.02");
        assertThatThrownBy(() -> Denominations.parse(Money.CNY, "100,abc")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> Denominations.parse(Money.CNY, "100,100")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
