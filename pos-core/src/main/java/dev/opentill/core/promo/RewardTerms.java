package dev.opentill.core.promo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link Reward} as plain data for the wire and the stores: {@code kind} names the reward and
 * only the fields that kind reads are set. The sealed interface stays free of any encoding.
 */
public record RewardTerms(Kind kind, int percentOffBp, long amountMinor, int n, long priceMinor, int buy, int get,
        UUID getProduct, List<Reward.Tier> tiers, boolean onTicket, Map<UUID, Long> prices,
        List<Set<UUID>> slots) {

    /** Every reward the engine knows. */
    public enum Kind {
        PERCENT_OFF,
        AMOUNT_OFF,
        FIXED_PRICE_FOR_N,
        BUY_X_GET_Y,
        NTH_ITEM,
        SPEND_THRESHOLD,
        MEMBER_PRICE,
        COMBO_PRICE
    }

    public RewardTerms {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        slots = slots == null ? List.of() : slots.stream().map(Set::copyOf).toList();
    }

    /** The terms of {@code reward}. */
    public static RewardTerms of(Reward reward) {
        if (reward instanceof Reward.PercentOff r) {
            return terms(Kind.PERCENT_OFF, r.percentOffBp(), 0, 0);
        }
        if (reward instanceof Reward.AmountOff r) {
            return new RewardTerms(Kind.AMOUNT_OFF, 0, r.amountMinor(), 0, 0, 0, 0, null, null, false, null, null);
        }
        if (reward instanceof Reward.FixedPriceForN r) {
            return terms(Kind.FIXED_PRICE_FOR_N, 0, r.n(), r.priceMinor());
        }
        if (reward instanceof Reward.BuyXGetY r) {
            return new RewardTerms(Kind.BUY_X_GET_Y, r.percentOffBp(), 0, 0, 0, r.buy(), r.get(), r.getProduct(),
                    null, false, null, null);
        }
        if (reward instanceof Reward.NthItem r) {
            return terms(Kind.NTH_ITEM, r.percentOffBp(), r.n(), 0);
        }
        if (reward instanceof Reward.SpendThreshold r) {
            return new RewardTerms(Kind.SPEND_THRESHOLD, 0, 0, 0, 0, 0, 0, null, r.tiers(), r.onTicket(), null, null);
        }
        if (reward instanceof Reward.MemberPrice r) {
            return new RewardTerms(Kind.MEMBER_PRICE, 0, 0, 0, 0, 0, 0, null, null, false, r.priceByProduct(), null);
        }
        Reward.ComboPrice r = (Reward.ComboPrice) reward;
        return new RewardTerms(Kind.COMBO_PRICE, 0, 0, 0, r.priceMinor(), 0, 0, null, null, false, null, r.slots());
    }

    private static RewardTerms terms(Kind kind, int percentOffBp, int n, long priceMinor) {
        return new RewardTerms(kind, percentOffBp, 0, n, priceMinor, 0, 0, null, null, false, null, null);
    }

    /** The reward these terms describe; refused with the reason when there is no kind. */
    public Reward reward() {
        if (kind == null) {
            throw new PromotionException("a reward needs a kind");
        }
        return switch (kind) {
            case PERCENT_OFF -> new Reward.PercentOff(percentOffBp);
            case AMOUNT_OFF -> new Reward.AmountOff(amountMinor);
            case FIXED_PRICE_FOR_N -> new Reward.FixedPriceForN(n, priceMinor);
            case BUY_X_GET_Y -> new Reward.BuyXGetY(buy, get, percentOffBp, getProduct);
            case NTH_ITEM -> new Reward.NthItem(n, percentOffBp);
            case SPEND_THRESHOLD -> new Reward.SpendThreshold(tiers, onTicket);
            case MEMBER_PRICE -> new Reward.MemberPrice(prices);
            case COMBO_PRICE -> new Reward.ComboPrice(slots, priceMinor);
        };
    }
}
