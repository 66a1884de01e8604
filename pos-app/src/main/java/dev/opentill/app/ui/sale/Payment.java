package dev.opentill.app.ui.sale;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.tender.Tender;
import java.util.List;

/**
 * What is already paid on the open ticket and what is still due, both positive (also on a refund).
 * {@code paidOnline}: an order paid before the customer came, so the cashier only hands it over.
 */
public record Payment(Money paid, Money due, boolean paidOnline) {

    /** The payment state of a ticket with tenders; null while nothing is paid. */
    public static Payment of(List<Tender> tenders, Settlement settlement) {
        if (tenders.isEmpty()) {
            return null;
        }
        boolean online = tenders.stream().anyMatch(t -> t.type().paidBeforehand());
        return new Payment(settlement.paid().abs(), settlement.balanceDue().abs(), online);
    }

    public boolean settled() {
        return due.isZero();
    }
}
