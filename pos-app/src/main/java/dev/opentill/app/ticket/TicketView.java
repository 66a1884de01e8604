package dev.opentill.app.ticket;

import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketTotals;

/** The open ticket as screens read it: restored after a restart, never null. */
public interface TicketView {

    Ticket current();

    TicketTotals totals();

    Settlement settlement();

    /** The cash amount that settles the rest now, after cash rounding. */
    Money cashDue();

    /** Why the ticket costs what it does: promotions applied, with shares, and near misses. */
    PriceProof proof();
}
