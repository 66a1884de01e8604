package dev.opentill.app.ui.sale;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketTotals;

/** The open ticket with its totals and payment state, read together off the UI thread. */
public record TicketState(Ticket ticket, TicketTotals totals, Settlement settlement, Money cashDue) {
}
