package dev.opentill.core.promo;

import dev.opentill.core.promo.Basket.Item;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The running promotions indexed by what they match (product, category, tag), so pricing a ticket
 * looks only at promotions touching its items. Made once when the promotions change.
 */
public final class PromotionBook {
    private final List<Promotion> all;
    private final Map<UUID, List<Integer>> byProduct = new HashMap<>();
    private final Map<String, List<Integer>> byCategory = new HashMap<>();
    private final Map<String, List<Integer>> byTag = new HashMap<>();
    private final List<Integer> everything = new ArrayList<>();

    private PromotionBook(List<Promotion> promotions) {
        all = promotions.stream().sorted(Comparator.comparing(Promotion::code)).toList();
        for (int i = 0; i < all.size(); i++) {
            Promotion p = all.get(i);
            int at = i;
            Conditions c = p.conditions();
            if (c.matchesEverything() && !(p.reward() instanceof Reward.ComboPrice)
                    && !(p.reward() instanceof Reward.MemberPrice)) {
                everything.add(i);
                continue;
            }
            for (UUID product : c.products()) {
                byProduct.computeIfAbsent(product, k -> new ArrayList<>()).add(i);
            }
            for (String category : c.categories()) {
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(i);
            }
            for (String tag : c.tags()) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(i);
            }
            if (p.reward() instanceof Reward.ComboPrice combo) {
                combo.slots()
                        .forEach(s -> s.forEach(x -> byProduct.computeIfAbsent(x, k -> new ArrayList<>()).add(at)));
            }
            if (p.reward() instanceof Reward.MemberPrice m) {
                m.priceByProduct().keySet().forEach(x -> byProduct.computeIfAbsent(x, k -> new ArrayList<>()).add(at));
            }
            if (p.reward() instanceof Reward.BuyXGetY b && b.getProduct() != null) {
                byProduct.computeIfAbsent(b.getProduct(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    public static PromotionBook of(List<Promotion> promotions) {
        return new PromotionBook(promotions);
    }

    public int size() {
        return all.size();
    }

    /** The promotions that may touch {@code items}, in code order. */
    List<Promotion> touching(List<Item> items) {
        BitSet hit = new BitSet(all.size());
        everything.forEach(hit::set);
        for (Item it : items) {
            mark(hit, byProduct.get(it.productId()));
            if (it.category() != null) {
                mark(hit, byCategory.get(it.category()));
            }
            for (String tag : it.tags()) {
                mark(hit, byTag.get(tag));
            }
        }
        List<Promotion> out = new ArrayList<>(hit.cardinality());
        for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
            out.add(all.get(i));
        }
        return out;
    }

    private static void mark(BitSet hit, List<Integer> ids) {
        if (ids != null) {
            ids.forEach(hit::set);
        }
    }
}
