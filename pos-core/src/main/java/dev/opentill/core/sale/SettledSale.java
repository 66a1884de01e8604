package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A paid ticket ready to be completed, with what each line paid and how its discount splits,
 * computed once: the till's stored rows and the event sent to the centre are both mapped from it,
 * so they cannot disagree.
 */
public record SettledSale(Ticket ticket, TicketTotals totals, Settlement settlement, List<Line> lines) {

    public SettledSale {
        lines = List.copyOf(lines);
    }

    /**
     * One ticket line as sold: {@code lineDiscount} came from the line itself (by hand or a
     * promotion), {@code ticketDiscount} is its share of ticket discounts and coupons, {@code paid}
     * what is left. A voided line has no discounts.
     */
    public record Line(TicketLine line, int lineNo, Money lineDiscount, Money ticketDiscount, Money paid) {

        /** Everything taken off the line's gross amount, as a positive amount. */
        public Money discount() {
            return line.voided() ? Money.zero(paid.currency()) : line.grossAmount().minus(paid).abs();
        }
    }

    /** Settles {@code ticket} with {@code pricer}; refused unless it is paid and may be completed. */
    public static SettledSale of(Ticket ticket, TicketPricer pricer) {
        pricer.checkComplete(ticket);
        Money[] paid = pricer.lineAmounts(ticket);
        List<Line> lines = new ArrayList<>(ticket.lines().size());
        for (int i = 0; i < ticket.lines().size(); i++) {
            TicketLine l = ticket.lines().get(i);
            Money zero = Money.zero(ticket.currency());
            Money lineDiscount = l.voided() ? zero : l.grossAmount().minus(l.netAmount()).abs();
            Money ticketDiscount = l.voided() ? zero : l.netAmount().minus(paid[i]).abs();
            lines.add(new Line(l, i + 1, lineDiscount, ticketDiscount, paid[i]));
        }
        return new SettledSale(ticket, pricer.totals(ticket), pricer.settlement(ticket), lines);
    }

    public boolean isReturn() {
        return ticket.isReturn();
    }
}
