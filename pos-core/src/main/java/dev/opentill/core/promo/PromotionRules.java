package dev.opentill.core.promo;

import java.util.UUID;

/**
 * A promotion's rules as plain data: what the centre stores, the feed carries and the till keeps,
 * beside the identity, names and {@link Schedule} that every promotion has. Made back into a
 * {@link Promotion} it is checked again by {@link Promotion#problem}.
 */
public record PromotionRules(Conditions conditions, RewardTerms reward, Limits limits, Stacking stacking) {

    public static PromotionRules of(Promotion p) {
        return new PromotionRules(p.conditions(), RewardTerms.of(p.reward()), p.limits(), p.stacking());
    }

    /** The promotion these rules make with this identity and schedule; refused with the reason. */
    public Promotion promotion(UUID id, String code, String nameZh, String nameEn, Schedule schedule) {
        if (conditions == null || reward == null) {
            throw new PromotionException("Promotion " + code + ": needs conditions and a reward");
        }
        return new Promotion(id, code, nameZh, nameEn, schedule, conditions, reward.reward(), limits, stacking);
    }
}
