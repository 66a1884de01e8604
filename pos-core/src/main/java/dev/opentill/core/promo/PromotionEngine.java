package dev.opentill.core.promo;

import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Basket.Item;
import dev.opentill.core.promo.PriceProof.Applied;
import dev.opentill.core.promo.PriceProof.NearMiss;
import dev.opentill.core.sale.LineDiscount;
import dev.opentill.core.sale.TicketLine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Prices a basket under the running promotions: keeps those whose conditions the ticket meets (of
 * an exclusive group only the highest priority), finds the best combination for the customer
 * ({@link BestCombination}) and returns it as a {@link PriceProof}, with the promotions that
 * nearly applied. Lines that are voided, refunds, priced by hand, discounted by hand or fixed by a
 * scale label take part in none.
 */
public final class PromotionEngine {
    /** A spend threshold or minimum is "nearly" met when at most this share of it (in percent) is missing. */
    private static final int NEAR_PERCENT = 50;

    private PromotionEngine() {
    }

    /** The discount of each line that a running promotion applies to, by line id. */
    public static Map<UUID, LineDiscount> discounts(List<TicketLine> lines, List<Promotion> promotions, Instant now,
            ZoneId zone) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        return price(basket(lines, now, zone, null, null), PromotionBook.of(promotions)).lineDiscounts();
    }

    /** The promotable items of {@code lines}, sold at the counter to {@code memberCard} (may be null). */
    public static Basket basket(List<TicketLine> lines, Instant now, ZoneId zone, String memberCard,
            String memberTier) {
        return basket(lines, now, zone, memberCard, memberTier, product -> null);
    }

    /** As above, each item in the category {@code categoryOf} names for its product (null: none). */
    public static Basket basket(List<TicketLine> lines, Instant now, ZoneId zone, String memberCard,
            String memberTier, Function<UUID, String> categoryOf) {
        List<Item> items = new ArrayList<>();
        long other = 0;
        for (TicketLine l : lines) {
            if (promotable(l)) {
                items.add(new Item(l.id(), l.productId(), categoryOf.apply(l.productId()), Set.of(),
                        l.unitPrice().minor(), l.quantityMilli(),
                        l.weighed(), l.grossAmount().minor()));
            } else if (!l.voided() && !l.isReturn()) {
                other += l.netAmount().minor();
            }
        }
        return new Basket(lines.get(0).unitPrice().currency(), items, other, now, zone, null, null, memberCard,
                memberTier);
    }

    /** Whether a line may take a promotion at all. */
    public static boolean promotable(TicketLine l) {
        return !l.voided() && !l.isReturn() && l.overridePrice() == null && l.fixedAmount() == null
                && l.manualDiscount().isZero() && l.quantityMilli() > 0 && l.productId() != null;
    }

    /** The basket dearest item first, and the promotions it qualifies for with the lines each covers. */
    record Prepared(Basket basket, List<Promotion> itemPromos, List<int[]> itemLines, List<Promotion> spends,
            List<int[]> spendLines, List<NearMiss> near) {
        BestCombination combination() {
            return new BestCombination(basket, itemPromos, itemLines, spends, spendLines);
        }
    }

    public static PriceProof price(Basket basket, PromotionBook book) {
        Prepared prep = prepare(basket, book);
        BestCombination best = prep.combination();
        best.solve();
        Basket b = prep.basket();
        List<NearMiss> near = new ArrayList<>(prep.near());
        List<Applied> applied = new ArrayList<>();
        for (int p = 0; p < prep.itemPromos().size(); p++) {
            int at = p;
            if (best.promoTotal(p) > 0) {
                applied.add(applied(b, prep.itemPromos().get(p), best.promoTotal(p), prep.itemLines().get(p),
                        k -> best.promoSaveAt(at, k)));
            }
        }
        for (int t = 0; t < prep.spends().size(); t++) {
            int at = t;
            if (best.thresholdTotal(t) > 0) {
                applied.add(applied(b, prep.spends().get(t), best.thresholdTotal(t), prep.spendLines().get(t),
                        k -> best.thresholdSaveAt(at, k)));
            }
            nextTier(b, prep.spends().get(t), best.thresholdReach(t), best.thresholdTotal(t), near);
        }
        return new PriceProof(b.currency(), applied, near, best.exact());
    }

    static Prepared prepare(Basket basket, PromotionBook book) {
        List<Item> items = new ArrayList<>(basket.items());
        // Dearest first: item rewards read their pieces in this order.
        items.sort(Comparator.comparingLong(Item::piecePrice).reversed());
        Basket b = new Basket(basket.currency(), items, basket.otherSpendMinor(), basket.now(), basket.zone(),
                basket.storeId(), basket.channel(), basket.memberCard(), basket.memberTier());
        List<NearMiss> near = new ArrayList<>();
        Map<String, Promotion> groupLeader = new HashMap<>();
        List<Promotion> qualified = new ArrayList<>();
        Map<Promotion, int[]> covered = new LinkedHashMap<>();
        for (Promotion p : book.touching(items)) {
            int[] lines = coveredLines(p, items);
            if (lines.length == 0 || !runs(p, b) || !meets(p, b, lines, near)) {
                continue;
            }
            String group = p.stacking().exclusiveGroup();
            if (group != null) {
                Promotion leader = groupLeader.get(group);
                if (leader != null && leader.stacking().priority() >= p.stacking().priority()) {
                    continue;
                }
                groupLeader.put(group, p);
            }
            qualified.add(p);
            covered.put(p, lines);
        }
        qualified.removeIf(p -> p.stacking().exclusiveGroup() != null
                && groupLeader.get(p.stacking().exclusiveGroup()) != p);
        List<Promotion> itemPromos = new ArrayList<>();
        List<int[]> itemLines = new ArrayList<>();
        List<Promotion> spends = new ArrayList<>();
        List<int[]> spendLines = new ArrayList<>();
        for (Promotion p : qualified) {
            if (p.reward().onItems()) {
                itemPromos.add(p);
                itemLines.add(covered.get(p));
            } else {
                spends.add(p);
                spendLines.add(((Reward.SpendThreshold) p.reward()).onTicket() ? all(items.size()) : covered.get(p));
            }
        }
        return new Prepared(b, itemPromos, itemLines, spends, spendLines, near);
    }

    private interface Share {
        long at(int k);
    }

    private static Applied applied(Basket b, Promotion p, long total, int[] lines, Share share) {
        Map<UUID, Money> byLine = new LinkedHashMap<>();
        for (int k = 0; k < lines.length; k++) {
            long s = share.at(k);
            if (s > 0) {
                byLine.put(b.items().get(lines[k]).lineId(), Money.ofMinor(s, b.currency()));
            }
        }
        return new Applied(p, Money.ofMinor(total, b.currency()), byLine);
    }

    private static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static int[] coveredLines(Promotion p, List<Item> items) {
        int[] out = new int[items.size()];
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (p.covers(it.productId(), it.category(), it.tags())) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean runs(Promotion p, Basket b) {
        Conditions c = p.conditions();
        return p.runsAt(b.now(), b.zone()) && (c.stores().isEmpty() || c.stores().contains(b.storeId()))
                && (c.channels().isEmpty() || c.channels().contains(b.channel()))
                && (!c.memberOnly() || b.hasMember()) && (c.tiers().isEmpty() || c.tiers().contains(b.memberTier()));
    }

    /** Whether the ticket meets the minimum quantity and spend; a near miss is noted when it almost does. */
    private static boolean meets(Promotion p, Basket b, int[] lines, List<NearMiss> near) {
        Conditions c = p.conditions();
        long pieces = 0;
        long spend = 0;
        for (int l : lines) {
            pieces += b.items().get(l).pieces();
            spend += b.items().get(l).grossMinor();
        }
        if (c.spendOnTicket()) {
            spend = b.otherSpendMinor();
            for (Item it : b.items()) {
                spend += it.grossMinor();
            }
        }
        boolean quantityShort = pieces < c.minQuantity();
        boolean spendShort = spend < c.minSpendMinor();
        if (!quantityShort && !spendShort) {
            return true;
        }
        Money zero = Money.zero(b.currency());
        if (quantityShort && !spendShort && c.minQuantity() - pieces <= Math.max(1, c.minQuantity() / 2)) {
            near.add(new NearMiss(p, zero, (int) (c.minQuantity() - pieces), zero));
        } else if (spendShort && !quantityShort
                && (c.minSpendMinor() - spend) * 100 <= c.minSpendMinor() * NEAR_PERCENT) {
            near.add(new NearMiss(p, Money.ofMinor(c.minSpendMinor() - spend, b.currency()), 0, zero));
        }
        return false;
    }

    /** Notes the next tier of a spend threshold when the ticket is close to it. */
    private static void nextTier(Basket b, Promotion p, long reach, long saved, List<NearMiss> near) {
        for (Reward.Tier tier : ((Reward.SpendThreshold) p.reward()).tiers()) {
            if (tier.spendMinor() > reach) {
                if ((tier.spendMinor() - reach) * 100 <= tier.spendMinor() * NEAR_PERCENT && tier.offMinor() > saved) {
                    near.add(new NearMiss(p, Money.ofMinor(tier.spendMinor() - reach, b.currency()), 0,
                            Money.ofMinor(tier.offMinor() - saved, b.currency())));
                }
                return;
            }
        }
    }
}
