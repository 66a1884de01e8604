package dev.opentill.core.promo;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineDiscount;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why a ticket costs what it does: the promotions that applied, what each took off which line and
 * by which terms, and the ones that nearly applied with what is missing ("add 12.00 more for 20.00
 * off"). {@code exact} is false when the ticket was too large to try every combination and the
 * best one found by improving single lines was taken.
 */
public record PriceProof(Currency currency, List<Applied> applied, List<NearMiss> nearMisses, boolean exact) {

    public PriceProof {
        applied = List.copyOf(applied);
        nearMisses = List.copyOf(nearMisses);
    }

    public static PriceProof none(Currency currency) {
        return new PriceProof(currency, List.of(), List.of(), true);
    }

    /** One promotion applied: its terms, what it saved, and the share of each line (by line id). */
    public record Applied(Promotion promotion, Money saving, Map<UUID, Money> byLine) {
        public Applied {
            byLine = Map.copyOf(byLine);
        }
    }

    /**
     * A promotion the ticket nearly qualifies for: {@code spendMore} more (zero when not the point),
     * or {@code itemsMore} more matching pieces, would save {@code saving} more.
     */
    public record NearMiss(Promotion promotion, Money spendMore, int itemsMore, Money saving) {
    }

    public Money totalSaving() {
        Money sum = Money.zero(currency);
        for (Applied a : applied) {
            sum = sum.plus(a.saving());
        }
        return sum;
    }

    /** What the promotions take off one line in total. */
    public Money onLine(UUID lineId) {
        Money sum = Money.zero(currency);
        for (Applied a : applied) {
            Money m = a.byLine().get(lineId);
            if (m != null) {
                sum = sum.plus(m);
            }
        }
        return sum;
    }

    /**
     * Each discounted line's total promotion discount, named after the promotion with the largest
     * share of it (the proof keeps every share).
     */
    public Map<UUID, LineDiscount> lineDiscounts() {
        Map<UUID, Money> total = new LinkedHashMap<>();
        Map<UUID, Applied> lead = new HashMap<>();
        for (Applied a : applied) {
            for (var e : a.byLine().entrySet()) {
                if (!e.getValue().isPositive()) {
                    continue;
                }
                total.merge(e.getKey(), e.getValue(), Money::plus);
                Applied l = lead.get(e.getKey());
                if (l == null || e.getValue().isGreaterThan(l.byLine().get(e.getKey()))) {
                    lead.put(e.getKey(), a);
                }
            }
        }
        Map<UUID, LineDiscount> out = new HashMap<>();
        for (var e : total.entrySet()) {
            out.put(e.getKey(), new LineDiscount(lead.get(e.getKey()).promotion().id(), e.getValue()));
        }
        return out;
    }
}
