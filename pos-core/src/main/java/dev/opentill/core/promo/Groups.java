package dev.opentill.core.promo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a ticket's lines into groups linked by a shared promotion or threshold. */
final class Groups {
    private Groups() {
    }

    static List<Group> of(int lineCount, int[][] promoLines, int[][] thresholdLines) {
        int[] parent = new int[lineCount];
        for (int i = 0; i < lineCount; i++) {
            parent[i] = i;
        }
        for (int[] ls : promoLines) {
            join(parent, ls);
        }
        for (int[] ls : thresholdLines) {
            join(parent, ls);
        }
        Map<Integer, List<Integer>> lines = new LinkedHashMap<>();
        Map<Integer, List<Integer>> promos = new LinkedHashMap<>();
        Map<Integer, List<Integer>> spends = new LinkedHashMap<>();
        for (int l = 0; l < lineCount; l++) {
            lines.computeIfAbsent(root(parent, l), k -> new ArrayList<>()).add(l);
        }
        for (int p = 0; p < promoLines.length; p++) {
            if (promoLines[p].length > 0) {
                promos.computeIfAbsent(root(parent, promoLines[p][0]), k -> new ArrayList<>()).add(p);
            }
        }
        for (int t = 0; t < thresholdLines.length; t++) {
            if (thresholdLines[t].length > 0) {
                spends.computeIfAbsent(root(parent, thresholdLines[t][0]), k -> new ArrayList<>()).add(t);
            }
        }
        List<Group> out = new ArrayList<>();
        for (var e : lines.entrySet()) {
            out.add(new Group(ints(e.getValue()), ints(promos.getOrDefault(e.getKey(), List.of())),
                    ints(spends.getOrDefault(e.getKey(), List.of()))));
        }
        return out;
    }

    private static void join(int[] parent, int[] ls) {
        for (int i = 1; i < ls.length; i++) {
            int a = root(parent, ls[0]);
            int b = root(parent, ls[i]);
            if (a != b) {
                parent[b] = a;
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }
}
