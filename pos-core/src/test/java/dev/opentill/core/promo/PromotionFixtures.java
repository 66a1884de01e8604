package dev.opentill.core.promo;

import dev.opentill.core.promo.Basket.Item;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Promotions and baskets for the engine's tests: a Saturday afternoon in Shanghai. */
final class PromotionFixtures {
    static final Currency CNY = Currency.getInstance("CNY");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant SAT_1530 = Instant.parse("2026-11-21T07:30:00Z");
    static final Schedule ALWAYS = new Schedule(Instant.parse("2026-11-01T00:00:00Z"), null, Set.of(), null, null);

    private PromotionFixtures() {
    }

    static Promotion promo(String code, Conditions c, Reward r) {
        return promo(code, c, r, Limits.NONE, Stacking.DEFAULT);
    }

    static Promotion promo(String code, Conditions c, Reward r, Limits l, Stacking s) {
        return new Promotion(UUID.nameUUIDFromBytes(code.getBytes()), code, code + "促销", code + " offer", ALWAYS, c,
                r, l, s);
    }

    static Conditions on(UUID... products) {
        return Conditions.onProducts(new HashSet<>(Arrays.asList(products)));
    }

    static Conditions members(UUID... products) {
        return new Conditions(Set.of(products), Set.of(), Set.of(), 0, 0, false, true, Set.of(), Set.of(), Set.of());
    }

    static Item item(UUID product, long pieces, long priceFen) {
        return new Item(UUID.randomUUID(), product, null, Set.of(), priceFen, pieces * 1000, false,
                pieces * priceFen);
    }

    static Basket basket(List<Item> items, String member) {
        return new Basket(CNY, items, 0, SAT_1530, SHANGHAI, null, null, member, null);
    }
}
