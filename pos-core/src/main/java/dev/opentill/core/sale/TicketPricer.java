package dev.opentill.core.sale;

import dev.opentill.core.money.Allocation;
import dev.opentill.core.money.Money;
import dev.opentill.core.tax.TaxCalculator;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.core.tax.TaxMode;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices tickets under a store's {@link TaxPolicy}: totals with the tax breakdown, the ticket
 * discount spread over lines for tax, and the settlement of tenders with cash rounding.
 */
public final class TicketPricer {
    private final TaxPolicy policy;
    private final TaxCalculator taxes;

    public TicketPricer(TaxPolicy policy) {
        this.policy = policy;
        this.taxes = new TaxCalculator(policy);
    }

    public TaxPolicy policy() {
        return policy;
    }

    public TicketTotals totals(Ticket ticket) {
        List<TicketLine> lines = ticket.lines();
        Money zero = Money.zero(ticket.currency());
        Money subtotal = zero;
        Money lineDiscounts = zero;
        long[] weights = new long[lines.size()];
        int items = 0;
        for (int i = 0; i < lines.size(); i++) {
            TicketLine l = lines.get(i);
            if (l.voided()) {
                continue;
            }
            subtotal = subtotal.plus(l.grossAmount());
            lineDiscounts = lineDiscounts.plus(l.grossAmount().minus(l.netAmount()).abs());
            weights[i] = Math.abs(l.netAmount().minor());
            items += l.weighed() || l.fixedAmount() != null ? 1 : (int) Math.abs(l.quantityMilli() / 1000);
        }
        long[] shares = Allocation.allocate(ticket.discountOnTicket().minor(), weights);
        List<TaxCalculator.Taxable> taxable = new ArrayList<>(lines.size());
        Money net = zero;
        for (int i = 0; i < lines.size(); i++) {
            TicketLine l = lines.get(i);
            if (l.voided()) {
                continue;
            }
            Money amount = l.netAmount().minus(Money.ofMinor(shares[i], ticket.currency()));
            net = net.plus(amount);
            taxable.add(new TaxCalculator.Taxable(l.taxRateBasisPoints(), amount));
        }
        List<TaxLine> taxLines = taxes.breakdown(taxable);
        Money tax = zero;
        for (TaxLine t : taxLines) {
            tax = tax.plus(t.tax());
        }
        Money total = policy.mode() == TaxMode.INCLUSIVE ? net : net.plus(tax);
        return new TicketTotals(subtotal, lineDiscounts, ticket.discountOnTicket(), total, tax, taxLines, items);
    }

    /**
     * What each line contributes to the total after its own discount and its share of the ticket
     * discount (zero for voided lines), in line order. These amounts sum to the net total.
     */
    public Money[] lineAmounts(Ticket ticket) {
        List<TicketLine> lines = ticket.lines();
        long[] weights = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            weights[i] = lines.get(i).voided() ? 0 : Math.abs(lines.get(i).netAmount().minor());
        }
        long[] shares = Allocation.allocate(ticket.discountOnTicket().minor(), weights);
        Money[] out = new Money[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            out[i] = lines.get(i).netAmount().minus(Money.ofMinor(shares[i], ticket.currency()));
        }
        return out;
    }

    public Settlement settlement(Ticket ticket) {
        return settlement(ticket, totals(ticket).total());
    }

    private Settlement settlement(Ticket ticket, Money total) {
        Money zero = Money.zero(ticket.currency());
        int sign = total.isNegative() ? -1 : 1;
        Money nonCash = zero;
        Money cash = zero;
        boolean cashTendered = false;
        for (Tender t : ticket.tenders()) {
            if (t.type().givesChange()) {
                cashTendered = true;
                cash = cash.plus(t.amount());
            } else {
                nonCash = nonCash.plus(t.amount());
            }
        }
        Money forCash = total.minus(nonCash);
        Money rounding = zero;
        Money due = forCash;
        if (cashTendered) {
            due = policy.cashRounding().apply(forCash.abs()).times(sign);
            rounding = due.minus(forCash);
        }
        Money balance = due.minus(cash);
        Money change = zero;
        if (balance.times(sign).isNegative()) {
            change = balance.negated().abs();
            balance = zero;
        }
        return new Settlement(total, nonCash.plus(cash), rounding, balance, change);
    }

    /** The cash amount due if the rest is paid in cash now (rounded to the cash step). */
    public Money cashDue(Ticket ticket) {
        Settlement s = settlement(ticket);
        Money rest = s.balanceDue();
        return policy.cashRounding().apply(rest.abs()).times(rest.isNegative() ? -1 : 1);
    }

    void checkTender(Ticket ticket, Tender tender) {
        Money total = totals(ticket).total();
        Settlement s = settlement(ticket, total);
        boolean refund = total.isNegative();
        if (tender.amount().isZero() && tender.type() == TenderType.CASH && !s.isSettled()
                && cashDue(ticket).isZero()) {
            return;
        }
        if (refund ? !tender.amount().isNegative() : !tender.amount().isPositive()) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE,
                    "Tender must be " + (refund ? "negative" : "positive"));
        }
        if (s.isSettled() && !total.isZero()) {
            throw new SaleException(SaleError.TENDER_EXCEEDS_DUE, "The ticket is already paid");
        }
        if (tender.type() != TenderType.CASH && tender.amount().abs().isGreaterThan(s.balanceDue().abs())) {
            throw new SaleException(SaleError.TENDER_EXCEEDS_DUE,
                    tender.type() + " cannot exceed the balance due " + s.balanceDue(), s.balanceDue().toPlainString());
        }
        if (refund && tender.type() == TenderType.CASH
                && tender.amount().abs().isGreaterThan(policy.cashRounding().apply(s.balanceDue().abs()))) {
            throw new SaleException(SaleError.TENDER_EXCEEDS_DUE, "A cash refund cannot exceed what is owed");
        }
    }

    /** Refuses to complete a ticket that is empty or not fully paid. */
    public void checkComplete(Ticket ticket) {
        if (ticket.isEmpty()) {
            throw new SaleException(SaleError.TICKET_EMPTY, "The ticket has no items");
        }
        Settlement s = settlement(ticket);
        if (!s.isSettled()) {
            throw new SaleException(SaleError.TENDER_SHORT, "Still due: " + s.balanceDue(),
                    s.balanceDue().toPlainString());
        }
    }

    static Money netOfLines(Ticket t) {
        Money net = Money.zero(t.currency());
        for (TicketLine l : t.lines()) {
            net = net.plus(l.netAmount());
        }
        return net;
    }
}
