package dev.opentill.core.cash;

import dev.opentill.core.cash.Denominations.Denomination;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count of the drawer (opening float, mid-shift audit, closing count, a drop): how many pieces
 * of each denomination. Counts that are not whole numbers, negative, or beyond what a drawer can
 * hold ({@link #MAX_PIECES} of one denomination) are refused with the denomination they concern.
 */
public record DrawerCount(Denominations denominations, Map<Denomination, Integer> pieces) {
    /** More pieces of one denomination than this is a typing error, not a drawer. */
    public static final int MAX_PIECES = 10_000;

    public DrawerCount {
        Map<Denomination, Integer> copy = new LinkedHashMap<>();
        for (Denomination d : denominations.values()) {
            int n = pieces.getOrDefault(d, 0);
            if (n < 0 || n > MAX_PIECES) {
                throw absurd(denominations.value(d), Integer.toString(n));
            }
            copy.put(d, n);
        }
        for (Denomination d : pieces.keySet()) {
            if (!copy.containsKey(d)) {
                throw new SaleException(SaleError.COUNT_NOT_A_NUMBER, "Not a denomination of this drawer: " + d,
                        Long.toString(d.minor()));
            }
        }
        pieces = Collections.unmodifiableMap(copy);
    }

    /** Nothing counted yet. */
    public static DrawerCount empty(Denominations denominations) {
        return new DrawerCount(denominations, Map.of());
    }

    /**
     * Reads what was typed per denomination (blank is none), in the order of {@code denominations};
     * anything but a whole number of pieces is refused naming the denomination and the text.
     */
    public static DrawerCount parse(Denominations denominations, List<String> typed) {
        if (typed.size() != denominations.values().size()) {
            throw new IllegalArgumentException("One entry per denomination expected");
        }
        Map<Denomination, Integer> pieces = new LinkedHashMap<>();
        for (int i = 0; i < typed.size(); i++) {
            Denomination d = denominations.values().get(i);
            String t = typed.get(i) == null ? "" : typed.get(i).trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("[0-9]{1,9}")) {
                throw new SaleException(SaleError.COUNT_NOT_A_NUMBER,
                        "Not a whole number of pieces for " + denominations.value(d) + ": '" + t + "'",
                        denominations.value(d).toPlainString(), t);
            }
            long n = Long.parseLong(t);
            if (n > MAX_PIECES) {
                throw absurd(denominations.value(d), t);
            }
            pieces.put(d, (int) n);
        }
        return new DrawerCount(denominations, pieces);
    }

    public Money total() {
        long minor = 0;
        for (Map.Entry<Denomination, Integer> e : pieces.entrySet()) {
            minor = Math.addExact(minor, Math.multiplyExact(e.getKey().minor(), (long) e.getValue()));
        }
        return Money.ofMinor(minor, denominations.currency());
    }

    public int piecesOf(Denomination d) {
        return pieces.getOrDefault(d, 0);
    }

    /** The count as text to store: {@code minor x pieces} for each denomination counted. */
    public String spec() {
        StringBuilder b = new StringBuilder();
        pieces.forEach((d, n) -> {
            if (n > 0) {
                b.append(b.length() == 0 ? "" : ",").append(d.coin() ? "c" : "n").append(d.minor()).append('x')
                        .append(n);
            }
        });
        return b.toString();
    }

    private static SaleException absurd(Money value, String text) {
        return new SaleException(SaleError.COUNT_ABSURD, "An impossible count for " + value + ": " + text,
                value.toPlainString(), text);
    }
}
