package dev.opentill.core.promo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a promotion gives. Item rewards discount pieces; a spend threshold discounts the ticket or its matching items. */
public sealed interface Reward {

    /** Why these terms make no reward, or null when they do. */
    String problem();

    /** Whether the reward discounts pieces (one item reward per piece) rather than a spend. */
    default boolean onItems() {
        return !(this instanceof SpendThreshold);
    }

    /** Each matching piece costs {@code percentOffBp} basis points less. */
    record PercentOff(int percentOffBp) implements Reward {
        public String problem() {
            return percentOffBp <= 0 || percentOffBp > 10_000 ? "percentOffBp must be 1-10000" : null;
        }
    }

    /** Each matching piece costs {@code amountMinor} less (never below zero). */
    record AmountOff(long amountMinor) implements Reward {
        public String problem() {
            return amountMinor <= 0 ? "an amount off must be positive" : null;
        }
    }

    /** Every {@code n} matching pieces (mixed freely) cost {@code priceMinor} together, when that saves. */
    record FixedPriceForN(int n, long priceMinor) implements Reward {
        public String problem() {
            return n < 2 || priceMinor < 0 ? "a fixed price for N needs N >= 2 and a price >= 0" : null;
        }
    }

    /**
     * Buy {@code buy} pieces, get {@code get} at {@code percentOffBp} off (10000 = free). Without
     * {@code getProduct} the cheapest pieces of each group are the ones discounted; with it, the
     * discounted pieces are that product's and the bought ones are the other matching pieces.
     */
    record BuyXGetY(int buy, int get, int percentOffBp, UUID getProduct) implements Reward {
        public String problem() {
            return buy < 1 || get < 1 || percentOffBp <= 0 || percentOffBp > 10_000
                    ? "buy X get Y needs X >= 1, Y >= 1 and a percent of 1-10000"
                    : null;
        }
    }

    /** Every {@code n}th matching piece (the cheapest of each group of n) at {@code percentOffBp} off. */
    record NthItem(int n, int percentOffBp) implements Reward {
        public String problem() {
            return n < 2 || percentOffBp <= 0 || percentOffBp > 10_000
                    ? "the Nth item needs N >= 2 and a percent of 1-10000"
                    : null;
        }
    }

    /** One step of a spend threshold: spend at least {@code spendMinor}, get {@code offMinor} off. */
    record Tier(long spendMinor, long offMinor) {
    }

    /**
     * Tiered spend thresholds (满100减20, 满200减50): the highest tier reached applies once, on the
     * matching items' spend after their item rewards, or on the whole ticket's when {@code onTicket}.
     */
    record SpendThreshold(List<Tier> tiers, boolean onTicket) implements Reward {
        public SpendThreshold {
            tiers = List.copyOf(tiers);
        }

        public String problem() {
            if (tiers.isEmpty()) {
                return "a spend threshold needs at least one tier";
            }
            long spend = 0;
            long off = 0;
            for (Tier t : tiers) {
                if (t.offMinor() <= 0 || t.offMinor() > t.spendMinor()) {
                    return "a tier's amount off must be positive and at most its spend";
                }
                if (t.spendMinor() <= spend || t.offMinor() <= off) {
                    return "tiers must rise in both spend and amount off";
                }
                spend = t.spendMinor();
                off = t.offMinor();
            }
            return null;
        }
    }

    /** Member (or tier, with a tier condition) prices: each listed product costs its price here. */
    record MemberPrice(Map<UUID, Long> priceByProduct) implements Reward {
        public MemberPrice {
            priceByProduct = Map.copyOf(priceByProduct);
        }

        public String problem() {
            if (priceByProduct.isEmpty() || priceByProduct.values().stream().anyMatch(p -> p < 0)) {
                return "member prices need at least one product and prices >= 0";
            }
            return null;
        }
    }

    /** One piece from each slot (products) together cost {@code priceMinor}, when that saves. */
    record ComboPrice(List<Set<UUID>> slots, long priceMinor) implements Reward {
        public ComboPrice {
            slots = slots.stream().map(Set::copyOf).toList();
        }

        public String problem() {
            if (slots.size() < 2 || priceMinor < 0 || slots.stream().anyMatch(Set::isEmpty)) {
                return "a combo needs at least two non-empty slots and a price >= 0";
            }
            Set<UUID> seen = new HashSet<>();
            for (Set<UUID> s : slots) {
                for (UUID p : s) {
                    if (!seen.add(p)) {
                        return "a product cannot be in two slots of one combo";
                    }
                }
            }
            return null;
        }

        int slotOf(UUID product) {
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i).contains(product)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
