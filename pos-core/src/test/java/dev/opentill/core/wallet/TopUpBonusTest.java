package dev.opentill.core.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.wallet.TopUpBonus.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopUpBonusTest {
    private final TopUpBonus bonus = TopUpBonus.of(List.of(new Tier(50000, 15000), new Tier(10000, 2000)));

    @Test
    void aTopUpEarnsTheBonusOfTheHighestTierItReaches() {
        assertThat(bonus.bonusFor(9999)).isZero();
        assertThat(bonus.bonusFor(10000)).isEqualTo(2000);
        assertThat(bonus.bonusFor(30000)).isEqualTo(2000);
        assertThat(bonus.bonusFor(50000)).isEqualTo(15000);
        assertThat(bonus.bonusFor(90000)).isEqualTo(15000);
    }

    @Test
    void noTiersMeansNoBonus() {
        assertThat(TopUpBonus.of(List.of()).bonusFor(100000)).isZero();
    }

    @Test
    void tiersThatMakeNoSenseAreRefusedNamingTheTier() {
        assertThatThrownBy(() -> TopUpBonus.of(List.of(new Tier(10000, 2000), new Tier(10000, 3000))))
                .hasMessageContaining("tier 2");
        assertThatThrownBy(() -> TopUpBonus.of(List.of(new Tier(0, 0)))).hasMessageContaining("above zero");
        assertThatThrownBy(() -> TopUpBonus.of(List.of(new Tier(100, 200)))).hasMessageContaining("up to");
    }
}
