package dev.opentill.core.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices being made in the option picker, one tap at a time: it starts from the defaults; in a
 * group of one choice a tap picks that option; in a larger group a tap adds one of the option (a
 * stackable one again and again up to the group's maximum, then back to none), and an exclusive
 * option clears the others of its group. Immutable; {@link #picks()} goes to {@link OptionPricer}.
 */
public final class OptionSelection {
    private final ProductMenu menu;
    private final Map<String, Map<String, Integer>> counts;

    private OptionSelection(ProductMenu menu, Map<String, Map<String, Integer>> counts) {
        this.menu = menu;
        this.counts = counts;
    }

    public static OptionSelection defaults(ProductMenu menu) {
        return of(menu, OptionPricer.defaults(menu));
    }

    /** A selection holding {@code picks} (e.g. a line's options being changed). */
    public static OptionSelection of(ProductMenu menu, List<OptionPick> picks) {
        Map<String, Map<String, Integer>> c = new LinkedHashMap<>();
        for (OptionPick p : picks) {
            c.computeIfAbsent(p.groupCode(), k -> new LinkedHashMap<>()).merge(p.optionCode(), p.count(),
                    Integer::sum);
        }
        return new OptionSelection(menu, c);
    }

    public ProductMenu menu() {
        return menu;
    }

    public OptionSelection tap(String groupCode, String optionCode) {
        OptionGroup g = menu.group(groupCode);
        if (g == null || g.option(optionCode) == null) {
            throw new IllegalArgumentException("No option " + groupCode + "/" + optionCode);
        }
        MenuOption o = g.option(optionCode);
        Map<String, Map<String, Integer>> next = copy();
        Map<String, Integer> in = next.computeIfAbsent(groupCode, k -> new LinkedHashMap<>());
        int had = in.getOrDefault(optionCode, 0);
        if (g.singleChoice()) {
            in.clear();
            if (had == 0 || g.minChoices() > 0) {
                in.put(optionCode, 1);
            }
        } else if (o.stacking() == Stacking.EXCLUSIVE) {
            in.clear();
            if (had == 0) {
                in.put(optionCode, 1);
            }
        } else {
            in.entrySet().removeIf(e -> g.option(e.getKey()).stacking() == Stacking.EXCLUSIVE);
            int total = in.values().stream().mapToInt(Integer::intValue).sum();
            if (total < g.maxChoices()) {
                in.put(optionCode, had + 1);
            } else {
                in.remove(optionCode);
            }
        }
        return new OptionSelection(menu, next);
    }

    /** How many times the option is chosen (0 when not). */
    public int count(String groupCode, String optionCode) {
        return counts.getOrDefault(groupCode, Map.of()).getOrDefault(optionCode, 0);
    }

    /** True when every group has between its minimum and maximum choices. */
    public boolean complete() {
        for (OptionGroup g : menu.groups()) {
            int total = counts.getOrDefault(g.code(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            if (total < g.minChoices() || total > g.maxChoices()) {
                return false;
            }
        }
        return true;
    }

    public List<OptionPick> picks() {
        List<OptionPick> out = new ArrayList<>();
        for (OptionGroup g : menu.groups()) {
            for (MenuOption o : g.options()) {
                int c = count(g.code(), o.code());
                if (c > 0) {
                    out.add(new OptionPick(g.code(), o.code(), c));
                }
            }
        }
        return out;
    }

    private Map<String, Map<String, Integer>> copy() {
        Map<String, Map<String, Integer>> c = new LinkedHashMap<>();
        counts.forEach((k, v) -> c.put(k, new LinkedHashMap<>(v)));
        return c;
    }
}
