package dev.opentill.core.cash;

import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * The notes and coins of one currency that a drawer is counted in, largest first. CNY has a
 * built-in set; any currency can be configured with {@link #parse} (the {@code cash.denominations}
 * setting: minor-unit values, notes before a {@code |}, coins after, e.g. {@code 10000,5000|100,50,10}).
 */
public record Denominations(Currency currency, List<Denomination> values) {

    /** One note or coin: its face value in minor units. */
    public record Denomination(long minor, boolean coin) {
        public Denomination {
            if (minor <= 0) {
                throw new IllegalArgumentException("A denomination must be positive: " + minor);
            }
        }
    }

    public Denominations {
        List<Denomination> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Long.compare(b.minor(), a.minor()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).minor() == sorted.get(i - 1).minor()
                    && sorted.get(i).coin() == sorted.get(i - 1).coin()) {
                throw new IllegalArgumentException("Denomination listed twice: " + sorted.get(i).minor());
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No denominations for " + currency);
        }
        values = Collections.unmodifiableList(sorted);
    }

    /** Renminbi: notes of 100, 50, 20, 10, 5 and 1 yuan; coins of 1 yuan, 5 jiao and 1 jiao. */
    public static Denominations cny() {
        return parse(Money.CNY, "10000,5000,2000,1000,500,100|100,50,10");
    }

    /**
     * The built-in set of {@code currency}: CNY's own, else the common 1-2-5 series (notes of 5 to
     * 100 major units, coins of 1 minor unit to 2 major units), which a store corrects with the setting.
     */
    public static Denominations defaultFor(Currency currency) {
        if (currency.equals(Money.CNY)) {
            return cny();
        }
        return parse(currency, "10000,5000,2000,1000,500|200,100,50,20,10,5,2,1");
    }

    /** Parses the setting's syntax; refused with {@link IllegalArgumentException} when malformed. */
    public static Denominations parse(Currency currency, String spec) {
        String[] parts = spec.trim().split("\\|", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("At most one '|' between notes and coins: " + spec);
        }
        List<Denomination> all = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            if (parts[p].isBlank()) {
                continue;
            }
            for (String v : parts[p].split(",")) {
                String t = v.trim();
                if (!t.matches("[0-9]{1,9}")) {
                    throw new IllegalArgumentException("Not a minor-unit value: '" + t + "'");
                }
                all.add(new Denomination(Long.parseLong(t), p == 1));
            }
        }
        return new Denominations(currency, all);
    }

    /** This set in the setting's syntax. */
    public String spec() {
        StringBuilder notes = new StringBuilder();
        StringBuilder coins = new StringBuilder();
        for (Denomination d : values) {
            StringBuilder b = d.coin() ? coins : notes;
            b.append(b.length() == 0 ? "" : ",").append(d.minor());
        }
        return notes + "|" + coins;
    }

    /** The face value of {@code d} as money. */
    public Money value(Denomination d) {
        return Money.ofMinor(d.minor(), currency);
    }
}
