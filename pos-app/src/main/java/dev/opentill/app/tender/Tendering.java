package dev.opentill.app.tender;

import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.TenderType;

/** Taking payment for the open ticket and completing it. Calls block: make them off the FX thread. */
public interface Tendering {

    /**
     * Adds a payment. Amounts are positive; on a return ticket they are refunds and are recorded
     * negative.
     */
    Ticket addTender(TenderType type, Money amount, String reference);

    Ticket removeTenders();

    /**
     * Completes the paid ticket in one durable transaction and opens a fresh ticket. The result
     * carries the receipt to print; printing happens after and never undoes the sale.
     */
    CompletedSale complete();
}
