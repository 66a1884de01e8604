package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.blankToNull;
import static dev.opentill.central.admin.ImportRules.require;

import dev.opentill.central.admin.ImportRecords.PromotionRow;
import dev.opentill.central.admin.ImportRecords.SkuPriceRow;
import dev.opentill.central.admin.ImportRecords.TierRow;
import dev.opentill.core.promo.Conditions;
import dev.opentill.core.promo.Conditions.Channel;
import dev.opentill.core.promo.Limits;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.promo.RewardTerms;
import dev.opentill.core.promo.RewardTerms.Kind;
import dev.opentill.core.promo.Schedule;
import dev.opentill.core.promo.Stacking;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An imported promotion row made into the engine's rules: every field checked for its kind (a
 * field the kind does not read is refused, not ignored), SKUs and categories resolved, and the
 * whole checked by {@link Promotion#problem}, the rule the tills apply. Every refusal names the
 * promotion's code and the field.
 */
final class PromotionTerms {
    /** The kinds of the first promotion table, kept without rules. */
    static final Set<String> FIRST_TABLE = Set.of("PERCENT_OFF", "MULTI_BUY");
    private static final Map<String, Kind> KINDS = Map.of("PERCENT_OFF", Kind.PERCENT_OFF, "MULTI_BUY",
            Kind.FIXED_PRICE_FOR_N, "AMOUNT_OFF", Kind.AMOUNT_OFF, "BUY_X_GET_Y", Kind.BUY_X_GET_Y, "NTH_ITEM",
            Kind.NTH_ITEM, "SPEND_THRESHOLD", Kind.SPEND_THRESHOLD, "MEMBER_PRICE", Kind.MEMBER_PRICE, "COMBO_PRICE",
            Kind.COMBO_PRICE);
    /** The reward fields each kind reads; any other set is refused. */
    private static final Map<Kind, Set<String>> READS = Map.of(
            Kind.PERCENT_OFF, Set.of("percentOffBp"),
            Kind.FIXED_PRICE_FOR_N, Set.of("buyQuantity", "bundlePriceMinor"),
            Kind.AMOUNT_OFF, Set.of("amountOffMinor"),
            Kind.BUY_X_GET_Y, Set.of("buyQuantity", "getQuantity", "percentOffBp", "getSku"),
            Kind.NTH_ITEM, Set.of("buyQuantity", "percentOffBp"),
            Kind.SPEND_THRESHOLD, Set.of("tiers", "onTicket"),
            Kind.MEMBER_PRICE, Set.of("memberPrices"),
            Kind.COMBO_PRICE, Set.of("comboSlots", "bundlePriceMinor"));
    /** Kinds that may run on every item: the others need SKUs or categories. */
    private static final Set<Kind> ANY_SCOPE = EnumSet.of(Kind.SPEND_THRESHOLD, Kind.MEMBER_PRICE, Kind.COMBO_PRICE);

    private PromotionTerms() {
    }

    /** The row's kind, refused by name when unknown. */
    static Kind kind(PromotionRow r) {
        Kind k = r.kind() == null ? null : KINDS.get(r.kind());
        require(k != null,
                "promotion " + r.code() + ": kind must be one of " + String.join(", ", KINDS.keySet().stream()
                        .sorted().toList()) + ", not " + r.kind());
        return k;
    }

    /** Whether the row is of the first table: one of its kinds and no other term. */
    static boolean firstTable(PromotionRow r) {
        Set<String> rewardFields = set(r);
        rewardFields.removeAll(Set.of("percentOffBp", "buyQuantity", "bundlePriceMinor"));
        return FIRST_TABLE.contains(r.kind()) && rewardFields.isEmpty() && empty(r.categories()) && r.minQuantity() == 0
                && r.minSpendMinor() == 0 && !r.spendOnTicket() && !r.memberOnly() && empty(r.channels())
                && r.usesPerTicket() == 0 && r.capMinor() == 0 && r.perMemberPerDay() == 0 && r.budgetMinor() == 0
                && r.totalUses() == 0 && !Boolean.FALSE.equals(r.withOthers())
                && !Boolean.FALSE.equals(r.withCoupons()) && blankToNull(r.exclusiveGroup()) == null
                && r.priority() == 0;
    }

    /**
     * The rules of a row, checked. {@code products} resolves SKUs (an unknown one is missing from
     * its answer); {@code categories} are the centre's category codes.
     */
    static PromotionRules rules(PromotionRow r, Schedule schedule, Function<Set<String>, Map<String, UUID>> products,
            Set<String> categories) {
        String what = "promotion " + r.code();
        Kind kind = kind(r);
        Set<String> reads = READS.get(kind);
        for (String field : set(r)) {
            require(reads.contains(field), what + ": " + field + " does not apply to " + r.kind());
        }
        Set<String> skus = new LinkedHashSet<>(list(r.skus()));
        if (blankToNull(r.getSku()) != null) {
            skus.add(r.getSku());
        }
        list(r.memberPrices()).forEach(p -> skus.add(p == null ? null : p.sku()));
        list(r.comboSlots()).forEach(slot -> skus.addAll(list(slot)));
        require(!skus.contains(null) && list(r.categories()).stream().noneMatch(Objects::isNull),
                what + ": a SKU or category is empty");
        Map<String, UUID> ids = skus.isEmpty() ? Map.of() : products.apply(skus);
        for (String sku : skus) {
            require(ids.containsKey(sku), what + ": unknown SKU " + sku);
        }
        for (String c : list(r.categories())) {
            require(categories.contains(c), what + ": unknown category " + c);
        }
        require(ANY_SCOPE.contains(kind) || !empty(r.skus()) || !empty(r.categories()),
                what + " needs the SKUs or categories it covers");
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String c : list(r.channels())) {
            require(c != null && Set.of("COUNTER", "PICKUP", "DELIVERY").contains(c),
                    what + ": channels are COUNTER, PICKUP or DELIVERY, not " + c);
            channels.add(Channel.valueOf(c));
        }
        Set<UUID> scope = new LinkedHashSet<>();
        list(r.skus()).forEach(s -> scope.add(ids.get(s)));
        Conditions conditions = new Conditions(scope, Set.copyOf(list(r.categories())), Set.of(), r.minQuantity(),
                r.minSpendMinor(), r.spendOnTicket(), r.memberOnly() || kind == Kind.MEMBER_PRICE, Set.of(), channels,
                Set.of());
        Map<UUID, Long> prices = new LinkedHashMap<>();
        for (SkuPriceRow p : list(r.memberPrices())) {
            require(prices.put(ids.get(p.sku()), p.priceMinor()) == null, what + ": member price for " + p.sku()
                    + " given twice");
        }
        List<Reward.Tier> tiers = new ArrayList<>();
        for (TierRow t : list(r.tiers())) {
            tiers.add(new Reward.Tier(t.spendMinor(), t.offMinor()));
        }
        List<Set<UUID>> slots = new ArrayList<>();
        for (List<String> slot : list(r.comboSlots())) {
            slots.add(new LinkedHashSet<>(list(slot).stream().map(ids::get).toList()));
        }
        RewardTerms reward = new RewardTerms(kind, r.percentOffBp(), r.amountOffMinor(), r.buyQuantity(),
                r.bundlePriceMinor(), r.buyQuantity(), r.getQuantity(),
                blankToNull(r.getSku()) == null ? null : ids.get(r.getSku()),
                tiers, r.onTicket(), prices, slots);
        reward = onlyItsFields(reward);
        Limits limits = new Limits(r.usesPerTicket(), r.capMinor(), r.perMemberPerDay(), r.budgetMinor(),
                r.totalUses());
        Stacking stacking = new Stacking(!Boolean.FALSE.equals(r.withOthers()), !Boolean.FALSE.equals(r.withCoupons()),
                blankToNull(r.exclusiveGroup()), r.priority());
        String problem = Promotion.problem(schedule, conditions, reward.reward(), limits);
        require(problem == null, what + " " + problem);
        return new PromotionRules(conditions, reward, limits, stacking);
    }

    /** The terms with only the fields their reward reads, so equal rules are stored alike. */
    private static RewardTerms onlyItsFields(RewardTerms t) {
        return RewardTerms.of(t.reward());
    }

    /** The names of the reward fields the row sets. */
    private static Set<String> set(PromotionRow r) {
        Set<String> set = new LinkedHashSet<>();
        add(set, "percentOffBp", r.percentOffBp() != 0);
        add(set, "buyQuantity", r.buyQuantity() != 0);
        add(set, "bundlePriceMinor", r.bundlePriceMinor() != 0);
        add(set, "amountOffMinor", r.amountOffMinor() != 0);
        add(set, "getQuantity", r.getQuantity() != 0);
        add(set, "getSku", blankToNull(r.getSku()) != null);
        add(set, "tiers", !empty(r.tiers()));
        add(set, "onTicket", r.onTicket());
        add(set, "memberPrices", !empty(r.memberPrices()));
        add(set, "comboSlots", !empty(r.comboSlots()));
        return set;
    }

    private static void add(Set<String> set, String field, boolean present) {
        if (present) {
            set.add(field);
        }
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
