package dev.opentill.core.tax;

import dev.opentill.core.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the tax breakdown of a set of priced amounts. In {@link TaxMode#INCLUSIVE} mode the
 * amounts are gross and tax is extracted ({@code gross * r / (1 + r)}); in EXCLUSIVE mode tax is
 * added ({@code net * r}). Rounding is half-up, per line or once per rate.
 */
public final class TaxCalculator {
    private final TaxPolicy policy;

    public TaxCalculator(TaxPolicy policy) {
        this.policy = policy;
    }

    /** An amount at a rate, as the ticket priced it (after discounts). */
    public record Taxable(int rateBasisPoints, Money amount) {
    }

    public List<TaxLine> breakdown(List<Taxable> amounts) {
        Map<Integer, long[]> byRate = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (Taxable t : amounts) {
            long[] acc = byRate.computeIfAbsent(t.rateBasisPoints(), r -> new long[2]);
            acc[0] = Math.addExact(acc[0], t.amount().minor());
            if (policy.rounding() == TaxRounding.PER_LINE) {
                acc[1] = Math.addExact(acc[1], tax(t.amount(), t.rateBasisPoints()).minor());
            }
        }
        List<TaxLine> lines = new ArrayList<>(byRate.size());
        for (Map.Entry<Integer, long[]> e : byRate.entrySet()) {
            int rate = e.getKey();
            Money amount = Money.ofMinor(e.getValue()[0], policy.currency());
            Money tax = policy.rounding() == TaxRounding.PER_LINE
                    ? Money.ofMinor(e.getValue()[1], policy.currency())
                    : tax(amount, rate);
            if (policy.mode() == TaxMode.INCLUSIVE) {
                lines.add(new TaxLine(rate, amount.minus(tax), tax, amount));
            } else {
                lines.add(new TaxLine(rate, amount, tax, amount.plus(tax)));
            }
        }
        return lines;
    }

    /** Tax on one amount at one rate, rounded half-up (away from zero for refunds). */
    public Money tax(Money amount, int rateBasisPoints) {
        if (policy.mode() == TaxMode.INCLUSIVE) {
            return amount.times(rateBasisPoints, 10_000L + rateBasisPoints, RoundingMode.HALF_UP);
        }
        return amount.times(rateBasisPoints, 10_000L, RoundingMode.HALF_UP);
    }
}
