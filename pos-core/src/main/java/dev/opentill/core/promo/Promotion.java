package dev.opentill.core.promo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A promotion a till applies by itself, online or not: conditions x reward x limits x stacking,
 * running on a {@link Schedule}. Terms that contradict each other are refused when it is made, with
 * the reason, so the centre's import and the till apply one rule.
 */
public record Promotion(UUID id, String code, String nameZh, String nameEn, Schedule schedule, Conditions conditions,
        Reward reward, Limits limits, Stacking stacking) {

    /** The two kinds of the first promotion table, kept for stored rows and old feeds. */
    public enum Kind {
        PERCENT_OFF,
        MULTI_BUY
    }

    public Promotion {
        limits = limits == null ? Limits.NONE : limits;
        stacking = stacking == null ? Stacking.DEFAULT : stacking;
        String problem = problem(schedule, conditions, reward, limits);
        if (id == null || code == null || problem != null) {
            throw new PromotionException("Promotion " + code + ": " + (problem == null
                    ? "needs an id and a code"
                    : problem));
        }
    }

    /** A promotion of the first table's kinds on {@code productIds}: percent off, or N for a fixed price. */
    public Promotion(UUID id, String code, String nameZh, String nameEn, Kind kind, int percentOffBp, int buyQuantity,
            long bundlePriceMinor, Set<UUID> productIds, Instant validFrom, Instant validTo, Set<DayOfWeek> days,
            LocalTime dailyFrom, LocalTime dailyTo) {
        this(id, code, nameZh, nameEn, new Schedule(validFrom, validTo, days, dailyFrom, dailyTo),
                Conditions.onProducts(productIds), legacyReward(kind, percentOffBp, buyQuantity, bundlePriceMinor),
                Limits.NONE, Stacking.DEFAULT);
    }

    private static Reward legacyReward(Kind kind, int percentOffBp, int buyQuantity, long bundlePriceMinor) {
        if (kind == null) {
            throw new PromotionException("needs a kind (PERCENT_OFF or MULTI_BUY)");
        }
        return kind == Kind.PERCENT_OFF
                ? new Reward.PercentOff(percentOffBp)
                : new Reward.FixedPriceForN(buyQuantity, bundlePriceMinor);
    }

    /** Why the first table's terms make no promotion, or null when they do. Shared with the centre's import. */
    public static String problem(Kind kind, int percentOffBp, int buyQuantity, long bundlePriceMinor, Instant validFrom,
            Instant validTo, LocalTime dailyFrom, LocalTime dailyTo) {
        if (kind == null) {
            return "needs a kind (PERCENT_OFF or MULTI_BUY)";
        }
        if (kind == Kind.MULTI_BUY && (buyQuantity < 2 || bundlePriceMinor < 0)) {
            return "a multi-buy needs buyQuantity >= 2 and a bundle price >= 0";
        }
        return problem(new Schedule(validFrom, validTo, Set.of(), dailyFrom, dailyTo), Conditions.anything(),
                legacyReward(kind, percentOffBp, Math.max(buyQuantity, 2), Math.max(bundlePriceMinor, 0)),
                Limits.NONE);
    }

    /** Why these terms contradict each other, or null when they make a promotion. */
    public static String problem(Schedule schedule, Conditions conditions, Reward reward, Limits limits) {
        if (schedule == null || conditions == null || reward == null) {
            return "needs a schedule, conditions and a reward";
        }
        String p = schedule.problem();
        p = p != null ? p : conditions.problem();
        p = p != null ? p : reward.problem();
        p = p != null ? p : limits.problem();
        if (p == null && reward instanceof Reward.MemberPrice && !conditions.memberOnly()) {
            p = "member prices need the member-only condition";
        }
        if (p == null && reward instanceof Reward.BuyXGetY b && b.getProduct() != null
                && conditions.matchesEverything()) {
            p = "buy X get a named product needs a scope for the bought items";
        }
        return p;
    }

    /** Whether the promotion runs at {@code now} in a store in {@code zone}. */
    public boolean runsAt(Instant now, ZoneId zone) {
        return schedule.runsAt(now, zone);
    }

    /** Whether an item of this product, category and tags can take this promotion's reward. */
    public boolean covers(UUID product, String category, Set<String> tags) {
        if (reward instanceof Reward.MemberPrice m) {
            return m.priceByProduct().containsKey(product) && conditions.matches(product, category, tags);
        }
        if (reward instanceof Reward.ComboPrice c) {
            return c.slotOf(product) >= 0;
        }
        if (reward instanceof Reward.BuyXGetY b && product.equals(b.getProduct())) {
            return true;
        }
        return conditions.matches(product, category, tags);
    }
}
