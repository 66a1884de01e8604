package dev.opentill.app.ticket;

import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A price proof read back from a ticket's lines, each discount the promotion it names; no near misses. */
final class PricedLines {
    private PricedLines() {
    }

    static PriceProof proof(Ticket t, Function<UUID, Optional<Promotion>> promotions) {
        Map<UUID, Map<UUID, Money>> byPromotion = new LinkedHashMap<>();
        for (TicketLine l : t.lines()) {
            if (!l.voided() && l.promotionId() != null && l.discount().isPositive()) {
                byPromotion.computeIfAbsent(l.promotionId(), k -> new LinkedHashMap<>()).put(l.id(), l.discount());
            }
        }
        List<PriceProof.Applied> applied = new ArrayList<>();
        byPromotion.forEach((id, lines) -> promotions.apply(id).ifPresent(p -> applied.add(new PriceProof.Applied(p,
                lines.values().stream().reduce(Money.zero(t.currency()), Money::plus), lines))));
        return new PriceProof(t.currency(), applied, List.of(), true);
    }
}
