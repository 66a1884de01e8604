package dev.opentill.core.promo;

import static dev.opentill.core.promo.PromotionFixtures.basket;
import static dev.opentill.core.promo.PromotionFixtures.item;
import static dev.opentill.core.promo.PromotionFixtures.on;
import static dev.opentill.core.promo.PromotionFixtures.promo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.promo.Basket.Item;
import dev.opentill.core.promo.Reward.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class BestCombinationTest {
    private static final UUID[] PRODUCTS = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

    /** On small tickets the search's answer equals trying every way to share every piece, and every threshold on or off. */
    @Property(tries = 200)
    void theBestCombinationEqualsABruteForceOnSmallTickets(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<Item> items = new ArrayList<>();
        int lines = 1 + rnd.nextInt(4);
        for (int i = 0; i < lines; i++) {
            items.add(item(PRODUCTS[rnd.nextInt(3)], 1 + rnd.nextInt(2), 100 + rnd.nextInt(1900)));
        }
        List<Promotion> promos = new ArrayList<>();
        int count = lines == 4 ? 1 + rnd.nextInt(2) : 1 + rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            promos.add(randomPromotion("P" + i, rnd));
        }
        Basket basket = basket(items, "M1");
        PromotionEngine.Prepared prep = PromotionEngine.prepare(basket, PromotionBook.of(promos));

        PriceProof proof = PromotionEngine.price(basket, PromotionBook.of(promos));

        BestCombination brute = prep.combination();
        long best = bruteForce(brute, prep.basket().items(), 0, 0, new int[items.size()][],
                new boolean[prep.spends().size()]);
        assertThat(proof.exact()).isTrue();
        assertThat(proof.totalSaving().minor()).isEqualTo(best);
        for (Item it : items) {
            assertThat(proof.onLine(it.lineId()).minor()).isBetween(0L, it.grossMinor());
        }
    }

    private static long bruteForce(BestCombination c, List<Item> items, int line, int piece, int[][] alloc,
            boolean[] on) {
        if (line == items.size()) {
            long best = -1;
            for (int mask = 0; mask < 1 << on.length; mask++) {
                for (int t = 0; t < on.length; t++) {
                    on[t] = (mask & (1 << t)) != 0;
                }
                best = Math.max(best, c.valueOf(alloc, on));
            }
            return best;
        }
        if (alloc[line] == null) {
            alloc[line] = new int[c.options(line)];
        }
        if (piece == items.get(line).pieces()) {
            return bruteForce(c, items, line + 1, 0, alloc, on);
        }
        // This piece takes no promotion, or any one the line could take.
        long best = bruteForce(c, items, line, piece + 1, alloc, on);
        for (int o = 0; o < alloc[line].length; o++) {
            alloc[line][o]++;
            best = Math.max(best, bruteForce(c, items, line, piece + 1, alloc, on));
            alloc[line][o]--;
        }
        return best;
    }

    private static Promotion randomPromotion(String code, Random rnd) {
        UUID a = PRODUCTS[rnd.nextInt(3)];
        UUID b = PRODUCTS[rnd.nextInt(3)];
        Conditions scope = rnd.nextInt(4) == 0 ? Conditions.anything() : on(a, b);
        Reward reward = switch (rnd.nextInt(9)) {
            case 0 -> new Reward.PercentOff(500 + rnd.nextInt(4500));
            case 1 -> new Reward.AmountOff(50 + rnd.nextInt(500));
            case 2 -> new Reward.FixedPriceForN(2 + rnd.nextInt(2), 300 + rnd.nextInt(2000));
            case 3 -> new Reward.BuyXGetY(1 + rnd.nextInt(2), 1, 10_000, null);
            case 4 -> new Reward.NthItem(2, 5000);
            case 5 -> new Reward.ComboPrice(List.of(Set.of(PRODUCTS[0]), Set.of(PRODUCTS[1])), 500 + rnd.nextInt(1500));
            case 6 -> new Reward.BuyXGetY(1, 1, 5000, PRODUCTS[2]);
            case 7 -> new Reward.MemberPrice(Map.of(a, 100L + rnd.nextInt(500)));
            default -> new Reward.SpendThreshold(List.of(new Tier(1000 + rnd.nextInt(1000), 200 + rnd.nextInt(300)),
                    new Tier(2500, 600)), rnd.nextBoolean());
        };
        if (reward instanceof Reward.MemberPrice) {
            scope = PromotionFixtures.members(a);
        }
        if (reward instanceof Reward.BuyXGetY x && x.getProduct() != null && scope.matchesEverything()) {
            scope = on(a);
        }
        Limits limits = new Limits(rnd.nextInt(3) == 0 ? 1 : 0, rnd.nextInt(4) == 0 ? 300 : 0, 0, 0, 0);
        Stacking stacking = new Stacking(rnd.nextBoolean(), true, rnd.nextInt(4) == 0 ? "G" : null, rnd.nextInt(3));
        return promo(code, scope, reward, limits, stacking);
    }
}
