package dev.opentill.app.ui.sale;

import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketTotals;

/** The open ticket with its totals and payment state, read together off the UI thread. */
/** {@code proof}: why it costs what it does (promotions applied and nearly applied). */
public record TicketState(Ticket ticket, TicketTotals totals, Settlement settlement, Money cashDue, PriceProof proof) {
}
