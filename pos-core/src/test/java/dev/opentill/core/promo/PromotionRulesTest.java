package dev.opentill.core.promo;

import static dev.opentill.core.promo.PromotionFixtures.ALWAYS;
import static dev.opentill.core.promo.PromotionFixtures.members;
import static dev.opentill.core.promo.PromotionFixtures.on;
import static dev.opentill.core.promo.PromotionFixtures.promo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rules as plain data make back the promotion they came from, for every reward the engine knows. */
class PromotionRulesTest {
    private static final UUID LATTE = UUID.randomUUID();
    private static final UUID MUFFIN = UUID.randomUUID();

    @Test
    void everyRewardKindMakesBackTheSamePromotion() {
        List<Promotion> all = List.of(
                promo("P", on(LATTE), new Reward.PercentOff(1500)),
                promo("A", on(LATTE), new Reward.AmountOff(200)),
                promo("F", on(LATTE, MUFFIN), new Reward.FixedPriceForN(3, 2990)),
                promo("B", on(LATTE), new Reward.BuyXGetY(2, 1, 10_000, MUFFIN)),
                promo("N", on(LATTE), new Reward.NthItem(2, 5000)),
                promo("T", Conditions.anything(), new Reward.SpendThreshold(
                        List.of(new Reward.Tier(10_000, 2000), new Reward.Tier(20_000, 5000)), true)),
                promo("M", members(LATTE), new Reward.MemberPrice(Map.of(LATTE, 1800L))),
                promo("C", Conditions.anything(), new Reward.ComboPrice(List.of(Set.of(LATTE), Set.of(MUFFIN)), 2500),
                        new Limits(2, 1000, 1, 0, 0), new Stacking(false, false, "breakfast", 3)));
        for (Promotion p : all) {
            Promotion back = PromotionRules.of(p).promotion(p.id(), p.code(), p.nameZh(), p.nameEn(), ALWAYS);
            assertThat(back).isEqualTo(p);
        }
        assertThat(all.stream().map(p -> RewardTerms.of(p.reward()).kind()).distinct())
                .hasSize(RewardTerms.Kind.values().length);
    }

    @Test
    void rulesThatContradictEachOtherAreRefusedWhenMadeBack() {
        RewardTerms nth = new RewardTerms(RewardTerms.Kind.NTH_ITEM, 5000, 0, 1, 0, 0, 0, null, null, false, null,
                null);
        PromotionRules rules = new PromotionRules(on(LATTE), nth, Limits.NONE, Stacking.DEFAULT);

        assertThatThrownBy(() -> rules.promotion(UUID.randomUUID(), "CUP2", "第二杯半价", "Second cup", ALWAYS))
                .isInstanceOf(PromotionException.class).hasMessageContaining("CUP2")
                .hasMessageContaining("the Nth item needs N >= 2");
    }

    @Test
    void rulesWithoutARewardKindAreRefused() {
        RewardTerms none = new RewardTerms(null, 0, 0, 0, 0, 0, 0, null, null, false, null, null);

        assertThatThrownBy(() -> new PromotionRules(on(LATTE), none, null, null).promotion(UUID.randomUUID(), "X",
                "X", "X", ALWAYS)).isInstanceOf(PromotionException.class).hasMessageContaining("kind");
    }
}
