package dev.opentill.core.promo;

import dev.opentill.core.sale.LineDiscount;
import dev.opentill.core.money.Allocation;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.TicketLine;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * Works out which promotions apply to a ticket's lines. A line takes part in at most one
 * promotion, and the customer gets the combination that saves most: with up to six promotions
 * touching the ticket every order of applying them is tried (ties go to the order of their codes);
 * with more, the one saving most goes first, then the best of the rest on the lines left. Lines
 * that are voided, refunds, priced by hand, discounted by hand or fixed by a scale label take part
 * in none.
 */
public final class PromotionEngine {
    private PromotionEngine() {
    }

    /** Up to this many promotions touching one ticket, every order is tried; beyond, the greedy order. */
    private static final int EXHAUSTIVE = 6;

    /** The discount of each line that a running promotion applies to, by line id. */
    public static Map<UUID, LineDiscount> discounts(List<TicketLine> lines, List<Promotion> promotions, Instant now,
            ZoneId zone) {
        List<Promotion> relevant = new ArrayList<>();
        for (Promotion p : promotions) {
            if (p.runsAt(now, zone) && lines.stream().anyMatch(l -> eligible(l, p))) {
                relevant.add(p);
            }
        }
        relevant.sort(Comparator.comparing(Promotion::code));
        if (relevant.size() <= EXHAUSTIVE) {
            Result best = new Result(Map.of(), 0);
            for (List<Promotion> order : orders(relevant)) {
                Result r = inOrder(lines, order);
                if (r.saving() > best.saving()) {
                    best = r;
                }
            }
            return best.discounts();
        }
        return greedy(lines, relevant);
    }

    private record Result(Map<UUID, LineDiscount> discounts, long saving) {
    }

    /** Each promotion in turn takes the lines still free that it saves something on. */
    private static Result inOrder(List<TicketLine> lines, List<Promotion> order) {
        Map<UUID, LineDiscount> out = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        long total = 0;
        for (Promotion p : order) {
            Map<UUID, Money> shares = shares(p, free(lines, p, taken));
            for (var e : shares.entrySet()) {
                taken.add(e.getKey());
                if (e.getValue().isPositive()) {
                    out.put(e.getKey(), new LineDiscount(p.id(), e.getValue()));
                    total += e.getValue().minor();
                }
            }
        }
        return new Result(out, total);
    }

    /** The promotion saving most goes first, then the best of the rest on the lines left, and so on. */
    private static Map<UUID, LineDiscount> greedy(List<TicketLine> lines, List<Promotion> running) {
        Map<UUID, LineDiscount> out = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        while (true) {
            Map<UUID, Money> best = null;
            Promotion bestPromotion = null;
            long bestSaving = 0;
            for (Promotion p : running) {
                Map<UUID, Money> shares = shares(p, free(lines, p, taken));
                long saving = shares.values().stream().mapToLong(Money::minor).sum();
                if (saving > bestSaving) {
                    best = shares;
                    bestPromotion = p;
                    bestSaving = saving;
                }
            }
            if (best == null) {
                return out;
            }
            for (var e : best.entrySet()) {
                taken.add(e.getKey());
                if (e.getValue().isPositive()) {
                    out.put(e.getKey(), new LineDiscount(bestPromotion.id(), e.getValue()));
                }
            }
        }
    }

    private static List<TicketLine> free(List<TicketLine> lines, Promotion p, Set<UUID> taken) {
        List<TicketLine> eligible = new ArrayList<>();
        for (TicketLine l : lines) {
            if (!taken.contains(l.id()) && eligible(l, p)) {
                eligible.add(l);
            }
        }
        return eligible;
    }

    private static Map<UUID, Money> shares(Promotion p, List<TicketLine> eligible) {
        return p.kind() == Promotion.Kind.PERCENT_OFF ? percentOff(p, eligible) : multiBuy(p, eligible);
    }

    /** Every order of {@code items}, in lexicographic order of their positions. */
    private static List<List<Promotion>> orders(List<Promotion> items) {
        List<List<Promotion>> out = new ArrayList<>();
        permute(new ArrayList<>(items), 0, out);
        return out;
    }

    private static void permute(List<Promotion> items, int k, List<List<Promotion>> out) {
        if (k >= items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = k; i < items.size(); i++) {
            Collections.swap(items, k, i);
            permute(items, k + 1, out);
            Collections.swap(items, k, i);
        }
    }

    private static boolean eligible(TicketLine l, Promotion p) {
        return !l.voided() && !l.isReturn() && l.overridePrice() == null && l.fixedAmount() == null
                && l.manualDiscount().isZero() && l.quantityMilli() > 0 && l.productId() != null
                && p.productIds().contains(l.productId());
    }

    private static Map<UUID, Money> percentOff(Promotion p, List<TicketLine> eligible) {
        Map<UUID, Money> shares = new HashMap<>();
        for (TicketLine l : eligible) {
            Money gross = l.grossAmount();
            shares.put(l.id(), gross.times(p.percentOffBp(), 10_000, RoundingMode.HALF_UP));
        }
        return shares;
    }

    /**
     * Every {@code buyQuantity} whole pieces cost the bundle price. Only bundles that save money are
     * formed: the pieces go dearest first, and the number of bundles is the one that saves most, so a
     * cheap piece added to the cart can never take a bundle away. The saving is spread over the bundled
     * pieces only, in proportion to what they cost.
     */
    private static Map<UUID, Money> multiBuy(Promotion p, List<TicketLine> eligible) {
        List<TicketLine> pieces = new ArrayList<>();
        for (TicketLine l : eligible) {
            if (!l.weighed()) {
                for (long i = 0; i < l.quantityMilli() / 1000; i++) {
                    pieces.add(l);
                }
            }
        }
        pieces.sort(Comparator.comparing((TicketLine l) -> l.unitPrice().minor()).reversed()
                .thenComparing(TicketLine::id));
        int n = p.buyQuantity();
        int bestBundles = 0;
        long saving = 0;
        long running = 0;
        for (int k = 1; k * n <= pieces.size(); k++) {
            for (int i = (k - 1) * n; i < k * n; i++) {
                running += pieces.get(i).unitPrice().minor();
            }
            long s = running - k * p.bundlePriceMinor();
            if (s > saving) {
                saving = s;
                bestBundles = k;
            }
        }
        if (bestBundles == 0) {
            return Map.of();
        }
        List<TicketLine> bundled = pieces.subList(0, bestBundles * n);
        Map<UUID, Long> costByLine = new LinkedHashMap<>();
        for (TicketLine l : bundled) {
            costByLine.merge(l.id(), l.unitPrice().minor(), Long::sum);
        }
        List<UUID> ids = new ArrayList<>(costByLine.keySet());
        long[] weights = ids.stream().mapToLong(costByLine::get).toArray();
        long[] parts = Allocation.allocate(saving, weights);
        Map<UUID, Money> shares = new HashMap<>();
        var currency = bundled.get(0).unitPrice().currency();
        for (int i = 0; i < ids.size(); i++) {
            shares.put(ids.get(i), Money.ofMinor(parts[i], currency));
        }
        return shares;
    }
}
