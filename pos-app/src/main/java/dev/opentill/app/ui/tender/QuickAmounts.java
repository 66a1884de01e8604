package dev.opentill.app.ui.tender;

import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/** Cash amounts a customer is likely to hand over: the exact amount, then the next round notes. */
final class QuickAmounts {
    private static final long[] NOTES_MAJOR = {10, 20, 50, 100};

    private QuickAmounts() {
    }

    static List<Money> forDue(Money due, int max) {
        List<Money> out = new ArrayList<>();
        if (!due.isPositive()) {
            return out;
        }
        out.add(due);
        long unit = (long) Math.pow(10, Math.max(0, due.currency().getDefaultFractionDigits()));
        for (long note : NOTES_MAJOR) {
            long step = note * unit;
            long rounded = (due.minor() + step - 1) / step * step;
            Money m = Money.ofMinor(rounded, due.currency());
            if (m.isGreaterThan(due) && !out.contains(m) && out.size() < max) {
                out.add(m);
            }
        }
        return out;
    }
}
