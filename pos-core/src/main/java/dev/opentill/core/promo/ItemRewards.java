package dev.opentill.core.promo;

import dev.opentill.core.money.Allocation;
import dev.opentill.core.promo.Basket.Item;
import java.util.Arrays;

/**
 * What an item reward saves on the pieces given to it: the best use the reward can make of them
 * (so giving it more pieces never saves less). The pieces come as {@code n} (line, count) pairs,
 * dearest line first; the saving of each is written to {@code save}, and their sum returned.
 */
final class ItemRewards {
    private ItemRewards() {
    }

    static long evaluate(Promotion p, Item[] items, int[] lines, int[] counts, int n, long[] save) {
        Arrays.fill(save, 0, n, 0);
        if (n == 0) {
            return 0;
        }
        Reward r = p.reward();
        int uses = p.limits().usesPerTicket();
        long total;
        if (r instanceof Reward.PercentOff || r instanceof Reward.AmountOff || r instanceof Reward.MemberPrice) {
            total = perPiece(r, items, lines, counts, n, uses, save);
        } else if (r instanceof Reward.FixedPriceForN f) {
            total = fixedPrice(f, items, lines, counts, n, uses, save);
        } else if (r instanceof Reward.BuyXGetY b) {
            total = b.getProduct() == null
                    ? cheapestOfGroups(b.buy() + b.get(), b.get(), b.percentOffBp(), items, lines, counts, n, uses,
                            save)
                    : namedProduct(b, items, lines, counts, n, uses, save);
        } else if (r instanceof Reward.NthItem t) {
            total = cheapestOfGroups(t.n(), 1, t.percentOffBp(), items, lines, counts, n, uses, save);
        } else if (r instanceof Reward.ComboPrice c) {
            total = combo(c, items, lines, counts, n, uses, save);
        } else {
            return 0;
        }
        long cap = p.limits().capMinor();
        if (cap > 0 && total > cap) {
            long[] capped = Allocation.allocate(cap, Arrays.copyOf(save, n));
            System.arraycopy(capped, 0, save, 0, n);
            return cap;
        }
        return total;
    }

    private static long percentOf(long amount, int bp) {
        return (amount * bp + 5_000) / 10_000;
    }

    private static long perPiece(Reward r, Item[] items, int[] lines, int[] counts, int n, int uses, long[] save) {
        long total = 0;
        int left = uses > 0 ? uses : Integer.MAX_VALUE;
        for (int k = 0; k < n && left > 0; k++) {
            Item it = items[lines[k]];
            int take = Math.min(counts[k], left);
            left -= take;
            long s;
            if (r instanceof Reward.PercentOff po) {
                s = percentOf(it.piecePrice() * take, po.percentOffBp());
            } else if (r instanceof Reward.AmountOff ao) {
                s = Math.min(ao.amountMinor(), it.piecePrice()) * take;
            } else {
                long member = ((Reward.MemberPrice) r).priceByProduct().get(it.productId());
                s = it.weighed()
                        ? Math.max(0, it.grossMinor() - (member * it.quantityMilli() + 500) / 1000)
                        : Math.max(0, it.unitPriceMinor() - member) * take;
            }
            save[k] = s;
            total += s;
        }
        return total;
    }

    /** The pieces dearest first, as indexes into {@code lines}, weighed lines left out. */
    private static int[] pieces(Item[] items, int[] lines, int[] counts, int n) {
        int size = 0;
        for (int k = 0; k < n; k++) {
            size += items[lines[k]].weighed() ? 0 : counts[k];
        }
        int[] out = new int[size];
        int i = 0;
        for (int k = 0; k < n; k++) {
            if (!items[lines[k]].weighed()) {
                for (int c = 0; c < counts[k]; c++) {
                    out[i++] = k;
                }
            }
        }
        return out;
    }

    private static long fixedPrice(Reward.FixedPriceForN f, Item[] items, int[] lines, int[] counts, int n, int uses,
            long[] save) {
        int[] pieces = pieces(items, lines, counts, n);
        int best = 0;
        long saving = 0;
        long running = 0;
        for (int k = 1; k * f.n() <= pieces.length && (uses == 0 || k <= uses); k++) {
            for (int i = (k - 1) * f.n(); i < k * f.n(); i++) {
                running += items[lines[pieces[i]]].unitPriceMinor();
            }
            if (running - k * f.priceMinor() > saving) {
                saving = running - k * f.priceMinor();
                best = k;
            }
        }
        if (best == 0) {
            return 0;
        }
        long[] weights = new long[n];
        for (int i = 0; i < best * f.n(); i++) {
            weights[pieces[i]] += items[lines[pieces[i]]].unitPriceMinor();
        }
        long[] parts = Allocation.allocate(saving, weights);
        System.arraycopy(parts, 0, save, 0, n);
        return saving;
    }

    /** Groups of {@code size} pieces dearest first; the {@code discounted} cheapest of each full group get the percent. */
    private static long cheapestOfGroups(int size, int discounted, int bp, Item[] items, int[] lines, int[] counts,
            int n, int uses, long[] save) {
        int[] pieces = pieces(items, lines, counts, n);
        long total = 0;
        for (int g = 0; (g + 1) * size <= pieces.length && (uses == 0 || g < uses); g++) {
            for (int i = (g + 1) * size - discounted; i < (g + 1) * size; i++) {
                long s = percentOf(items[lines[pieces[i]]].unitPriceMinor(), bp);
                save[pieces[i]] += s;
                total += s;
            }
        }
        return total;
    }

    private static long namedProduct(Reward.BuyXGetY b, Item[] items, int[] lines, int[] counts, int n, int uses,
            long[] save) {
        int bought = 0;
        int gets = 0;
        for (int k = 0; k < n; k++) {
            Item it = items[lines[k]];
            if (!it.weighed()) {
                if (it.productId().equals(b.getProduct())) {
                    gets += counts[k];
                } else {
                    bought += counts[k];
                }
            }
        }
        int groups = Math.min(bought / b.buy(), gets / b.get());
        if (uses > 0) {
            groups = Math.min(groups, uses);
        }
        int left = groups * b.get();
        long total = 0;
        for (int k = 0; k < n && left > 0; k++) {
            Item it = items[lines[k]];
            if (!it.weighed() && it.productId().equals(b.getProduct())) {
                int take = Math.min(left, counts[k]);
                left -= take;
                save[k] = percentOf(it.unitPriceMinor(), b.percentOffBp()) * take;
                total += save[k];
            }
        }
        return total;
    }

    private static long combo(Reward.ComboPrice c, Item[] items, int[] lines, int[] counts, int n, int uses,
            long[] save) {
        int slots = c.slots().size();
        int[][] bySlot = new int[slots][];
        int[] pieces = pieces(items, lines, counts, n);
        int[] sizes = new int[slots];
        for (int s = 0; s < slots; s++) {
            bySlot[s] = new int[pieces.length];
        }
        for (int piece : pieces) {
            int s = c.slotOf(items[lines[piece]].productId());
            bySlot[s][sizes[s]++] = piece;
        }
        long[] weights = new long[n];
        long saving = 0;
        for (int j = 0; uses == 0 || j < uses; j++) {
            long sum = 0;
            for (int s = 0; s < slots; s++) {
                if (j >= sizes[s]) {
                    sum = -1;
                    break;
                }
                sum += items[lines[bySlot[s][j]]].unitPriceMinor();
            }
            // Pieces go dearest first, so each further combo saves no more than the one before.
            if (sum - c.priceMinor() <= 0) {
                break;
            }
            saving += sum - c.priceMinor();
            for (int s = 0; s < slots; s++) {
                weights[bySlot[s][j]] += items[lines[bySlot[s][j]]].unitPriceMinor();
            }
        }
        if (saving == 0) {
            return 0;
        }
        long[] parts = Allocation.allocate(saving, weights);
        System.arraycopy(parts, 0, save, 0, n);
        return saving;
    }
}
