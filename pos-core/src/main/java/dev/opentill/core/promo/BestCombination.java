package dev.opentill.core.promo;

import dev.opentill.core.money.Allocation;
import dev.opentill.core.promo.Basket.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the combination of qualified promotions that saves the customer most. Each piece takes at
 * most one item reward; spend thresholds then apply, in code order, to what their items cost after
 * the item rewards they stack with. Lines that share no promotion are solved apart. Within one
 * group of lines every combination is tried when that costs at most {@link #EXACT_WORK} (always on
 * small tickets, where a property test checks it against brute force); beyond that the search
 * starts from each line's best promotion and moves one line or threshold at a time while that
 * saves more, which is polynomial and stops at a combination no single change improves.
 */
final class BestCombination {
    /**
     * Every combination is tried while combinations x (1 + the lines the group's thresholds read)
     * stays under this; beyond it the improving search runs.
     */
    static final long EXACT_WORK = 20_000;
    /** Beyond this many thresholds in one group, they are switched on greedily rather than searched. */
    private static final int MAX_THRESHOLD_VARIABLES = 8;
    private static final int SWEEPS = 3;

    private final Basket basket;
    private final Item[] items;
    private final Promotion[] promos;
    private final int[][] promoLines;
    private final Promotion[] thresholds;
    private final int[][] thresholdLines;
    private final int[][] opts;
    private final int[][] pos;
    private final int[][] alloc;
    private final boolean[] on;
    private final long[][] promoSave;
    private final long[] promoTotal;
    private final long[][] thresholdSave;
    private final long[] thresholdTotal;
    private final long[] base;
    private final long[] taken;
    private final long[] reached;
    private final boolean[][] clashes;
    private boolean exact = true;
    private long itemSum;

    BestCombination(Basket basket, List<Promotion> itemPromos, List<int[]> itemLines, List<Promotion> spendPromos,
            List<int[]> spendLines) {
        this.basket = basket;
        this.items = basket.items().toArray(new Item[0]);
        this.promos = itemPromos.toArray(new Promotion[0]);
        this.promoLines = itemLines.toArray(new int[0][]);
        this.thresholds = spendPromos.toArray(new Promotion[0]);
        this.thresholdLines = spendLines.toArray(new int[0][]);
        int n = items.length;
        int[] optionCount = new int[n];
        for (int[] ls : promoLines) {
            for (int l : ls) {
                optionCount[l]++;
            }
        }
        opts = new int[n][];
        pos = new int[n][];
        alloc = new int[n][];
        for (int l = 0; l < n; l++) {
            opts[l] = new int[optionCount[l]];
            pos[l] = new int[optionCount[l]];
            alloc[l] = new int[optionCount[l]];
            optionCount[l] = 0;
        }
        promoSave = new long[promos.length][];
        for (int p = 0; p < promos.length; p++) {
            promoSave[p] = new long[promoLines[p].length];
            for (int k = 0; k < promoLines[p].length; k++) {
                int l = promoLines[p][k];
                opts[l][optionCount[l]] = p;
                pos[l][optionCount[l]++] = k;
            }
        }
        promoTotal = new long[promos.length];
        on = new boolean[thresholds.length];
        thresholdSave = new long[thresholds.length][];
        for (int t = 0; t < thresholds.length; t++) {
            thresholdSave[t] = new long[thresholdLines[t].length];
        }
        thresholdTotal = new long[thresholds.length];
        base = new long[n];
        taken = new long[n];
        reached = new long[thresholds.length];
        clashes = new boolean[thresholds.length][thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            for (int u = 0; u < t; u++) {
                clashes[t][u] = computeClash(t, u);
                clashes[u][t] = clashes[t][u];
            }
        }
    }

    /** Solves every group of lines and leaves the best combination's savings in place. */
    void solve() {
        for (Group g : Groups.of(items.length, promoLines, thresholdLines)) {
            solve(g);
        }
        for (int p = 0; p < promos.length; p++) {
            rescore(p);
        }
        scoreThresholds(allThresholds());
    }

    boolean exact() {
        return exact;
    }

    long promoTotal(int p) {
        return promoTotal[p];
    }

    long promoSaveAt(int p, int k) {
        return promoSave[p][k];
    }

    long thresholdTotal(int t) {
        return thresholdTotal[t];
    }

    long thresholdSaveAt(int t, int k) {
        return thresholdSave[t][k];
    }

    /** The spend a threshold measured in the best combination (with the rest of the ticket when on the ticket). */
    long thresholdReach(int t) {
        return reached[t];
    }

    /**
     * The saving of one complete allocation ({@code pieces[line][option]}) with thresholds
     * {@code switchedOn}; -1 when it breaks a stacking rule. For checking the search by brute force.
     */
    long valueOf(int[][] pieces, boolean[] switchedOn) {
        for (int l = 0; l < items.length; l++) {
            System.arraycopy(pieces[l], 0, alloc[l], 0, alloc[l].length);
        }
        System.arraycopy(switchedOn, 0, on, 0, on.length);
        long total = 0;
        for (int p = 0; p < promos.length; p++) {
            rescore(p);
            total += promoTotal[p];
        }
        long spends = scoreThresholds(allThresholds());
        return spends < 0 ? -1 : total + spends;
    }

    /** How many promotions line {@code l} could take. */
    int options(int l) {
        return opts[l].length;
    }

    private int[] allThresholds() {
        int[] a = new int[thresholds.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
    }

    /** A variable of the search: a line's share of pieces among its promotions, or a threshold on or off. */
    private record Variable(int line, int threshold, List<int[]> values) {
    }

    private void solve(Group g) {
        List<Variable> vars = new ArrayList<>();
        long leaves = 1;
        for (int l : g.lines()) {
            if (opts[l].length == 0) {
                continue;
            }
            int preferred = preferred(l);
            boolean spendCounts = false;
            for (int t : g.thresholds()) {
                spendCounts |= contains(thresholdLines[t], l);
            }
            if (opts[l].length == 1 && !spendCounts) {
                alloc[l][0] = items[l].pieces();
                continue;
            }
            List<int[]> values = Compositions.of(items[l].pieces(), opts[l].length, preferred);
            vars.add(new Variable(l, -1, values));
            leaves = Math.min(Long.MAX_VALUE / 64, leaves * values.size());
        }
        switchOnWithoutClashes(g.thresholds());
        if (g.thresholds().length > 1 && g.thresholds().length <= MAX_THRESHOLD_VARIABLES) {
            for (int t : g.thresholds()) {
                vars.add(new Variable(-1, t, on[t] ? ON_OFF : OFF_ON));
                leaves = Math.min(Long.MAX_VALUE / 64, leaves * 2);
            }
        }
        for (Variable v : vars) {
            set(v, v.values().get(0));
        }
        for (int p : g.promos()) {
            rescore(p);
        }
        if (vars.isEmpty()) {
            return;
        }
        long perLeaf = 1;
        for (int t : g.thresholds()) {
            perLeaf += thresholdLines[t].length;
        }
        if (leaves <= EXACT_WORK / perLeaf) {
            int[] best = new int[vars.size()];
            long[] bestValue = {-1};
            search(g, vars, 0, new int[vars.size()], best, bestValue);
            for (int i = 0; i < vars.size(); i++) {
                set(vars.get(i), vars.get(i).values().get(best[i]));
            }
            return;
        }
        exact = false;
        long current = score(g);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean improved = false;
            for (Variable v : vars) {
                int[] bestValue = valueOf(v);
                for (int[] value : v.values()) {
                    set(v, value);
                    long s = score(g);
                    if (s > current) {
                        current = s;
                        bestValue = value;
                        improved = true;
                    }
                }
                set(v, bestValue);
            }
            if (!improved) {
                break;
            }
        }
    }

    private static final List<int[]> ON_OFF = List.of(new int[]{1}, new int[]{0});
    private static final List<int[]> OFF_ON = List.of(new int[]{0}, new int[]{1});

    /** Thresholds go on, largest possible saving first, unless one clashes with another already on. */
    private void switchOnWithoutClashes(int[] ts) {
        Integer[] order = new Integer[ts.length];
        for (int i = 0; i < ts.length; i++) {
            order[i] = ts[i];
        }
        Arrays.sort(order, (a, b) -> Long.compare(maxOff(b), maxOff(a)));
        for (int t : order) {
            on[t] = true;
            for (int u : ts) {
                if (u != t && on[u] && clash(t, u)) {
                    on[t] = false;
                    break;
                }
            }
        }
    }

    private long maxOff(int t) {
        List<Reward.Tier> tiers = ((Reward.SpendThreshold) thresholds[t].reward()).tiers();
        return tiers.get(tiers.size() - 1).offMinor();
    }

    private void search(Group g, List<Variable> vars, int k, int[] choice, int[] best, long[] bestValue) {
        if (k == vars.size()) {
            long s = score(g);
            if (s > bestValue[0]) {
                bestValue[0] = s;
                System.arraycopy(choice, 0, best, 0, choice.length);
            }
            return;
        }
        Variable v = vars.get(k);
        for (int i = 0; i < v.values().size(); i++) {
            choice[k] = i;
            set(v, v.values().get(i));
            search(g, vars, k + 1, choice, best, bestValue);
        }
    }

    /** Sets a variable and re-prices the promotions its line can take. */
    private void set(Variable v, int[] value) {
        if (v.line() >= 0) {
            System.arraycopy(value, 0, alloc[v.line()], 0, value.length);
            for (int p : opts[v.line()]) {
                rescore(p);
            }
        } else {
            on[v.threshold()] = value[0] == 1;
        }
    }

    private int[] valueOf(Variable v) {
        return v.line() >= 0 ? alloc[v.line()].clone() : new int[]{on[v.threshold()] ? 1 : 0};
    }

    /** The group's saving with the item rewards as last re-priced; -1 when two thresholds on clash. */
    private long score(Group g) {
        // Other groups' promotions do not change while this group is searched, so the sum of all compares right.
        long spends = scoreThresholds(g.thresholds());
        return spends < 0 ? -1 : itemSum + spends;
    }

    /** The line's promotion that saves most with every piece it could take, a good first guess. */
    private int preferred(int l) {
        int best = 0;
        long bestSaving = -1;
        int[] lines = new int[1];
        int[] counts = new int[1];
        long[] save = new long[1];
        for (int o = 0; o < opts[l].length; o++) {
            lines[0] = l;
            counts[0] = items[l].pieces();
            long s = ItemRewards.evaluate(promos[opts[l][o]], items, lines, counts, 1, save);
            if (s > bestSaving) {
                bestSaving = s;
                best = o;
            }
        }
        return best;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Re-prices item reward {@code p} on the pieces it now holds. */
    private void rescore(int p) {
        int[] ls = promoLines[p];
        int[] lines = new int[ls.length];
        int[] counts = new int[ls.length];
        int[] at = new int[ls.length];
        int n = 0;
        for (int k = 0; k < ls.length; k++) {
            int c = allocOf(ls[k], p);
            if (c > 0) {
                lines[n] = ls[k];
                counts[n] = c;
                at[n++] = k;
            }
        }
        long[] save = new long[n];
        long before = promoTotal[p];
        promoTotal[p] = ItemRewards.evaluate(promos[p], items, lines, counts, n, save);
        itemSum += promoTotal[p] - before;
        Arrays.fill(promoSave[p], 0);
        for (int i = 0; i < n; i++) {
            promoSave[p][at[i]] = save[i];
        }
    }

    /** What the thresholds on save, in order, after the item rewards; -1 when two of them clash. */
    private long scoreThresholds(int[] thresholdIdx) {
        long total = 0;
        for (int t : thresholdIdx) {
            for (int l : thresholdLines[t]) {
                taken[l] = 0;
            }
        }
        for (int t : thresholdIdx) {
            thresholdTotal[t] = 0;
            Arrays.fill(thresholdSave[t], 0);
            if (!on[t]) {
                reached[t] = measure(t);
                continue;
            }
            for (int u : thresholdIdx) {
                if (u < t && on[u] && clash(t, u)) {
                    return -1;
                }
            }
            long s = spend(t);
            thresholdTotal[t] = s;
            total += s;
        }
        return total;
    }

    private int allocOf(int line, int p) {
        for (int o = 0; o < opts[line].length; o++) {
            if (opts[line][o] == p) {
                return alloc[line][o];
            }
        }
        return 0;
    }

    private boolean clash(int t, int u) {
        return clashes[t][u];
    }

    /** Two thresholds clash when they read a common line and one of them does not stack. */
    private boolean computeClash(int t, int u) {
        if (thresholds[t].stacking().withOthers() && thresholds[u].stacking().withOthers()) {
            return false;
        }
        boolean[] mine = new boolean[items.length];
        for (int l : thresholdLines[t]) {
            mine[l] = true;
        }
        for (int l : thresholdLines[u]) {
            if (mine[l]) {
                return true;
            }
        }
        return false;
    }

    /**
     * What threshold {@code t} measures: its lines after the item rewards it stacks with (other
     * thresholds do not lower it, so each threshold reads the same spend).
     */
    private long measure(int t) {
        long sum = 0;
        boolean stacks = thresholds[t].stacking().withOthers();
        for (int l : thresholdLines[t]) {
            Item it = items[l];
            long b = it.grossMinor();
            for (int o = 0; o < opts[l].length; o++) {
                int c = alloc[l][o];
                if (c == 0) {
                    continue;
                }
                int p = opts[l][o];
                b -= stacks && promos[p].stacking().withOthers() ? promoSave[p][pos[l][o]] : c * it.piecePrice();
            }
            base[l] = Math.max(0, b);
            sum += base[l];
        }
        return sum;
    }

    private long spend(int t) {
        long measured = measure(t);
        Reward.SpendThreshold r = (Reward.SpendThreshold) thresholds[t].reward();
        long reach = measured + (r.onTicket() ? basket.otherSpendMinor() : 0);
        reached[t] = reach;
        long off = 0;
        for (Reward.Tier tier : r.tiers()) {
            if (reach >= tier.spendMinor()) {
                off = tier.offMinor();
            }
        }
        long cap = thresholds[t].limits().capMinor();
        int[] ls = thresholdLines[t];
        long[] weights = new long[ls.length];
        long left = 0;
        for (int k = 0; k < ls.length; k++) {
            // What earlier thresholds left of the line: no line goes below zero.
            weights[k] = Math.max(0, base[ls[k]] - taken[ls[k]]);
            left += weights[k];
        }
        off = Math.min(Math.min(off, cap > 0 ? cap : off), left);
        if (off <= 0) {
            return 0;
        }
        long[] parts = Allocation.allocate(off, weights);
        for (int k = 0; k < ls.length; k++) {
            thresholdSave[t][k] = parts[k];
            taken[ls[k]] += parts[k];
        }
        return off;
    }
}
