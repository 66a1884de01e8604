package dev.opentill.app.sale;

import dev.opentill.app.security.Approval;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Ticket;
import java.util.UUID;

/**
 * Putting goods on the open ticket and changing it. Each change is saved before it returns; calls
 * block on the local store and must be made off the FX thread. Refusals are {@code SaleException}s.
 */
public interface Selling {

    /**
     * Looks up a scanned or typed code (barcode, scale label, SKU) and adds one unit or the label's
     * measure; a coupon's code puts the coupon on (or takes it off again), an order's number hands
     * the order over.
     */
    Ticket scan(String code);

    /** Adds a product by id, e.g. from a quick key or search; weighed goods need a quantity in grams. */
    Ticket addProduct(UUID productId, long quantityMilli);

    Ticket changeQuantity(UUID lineId, long quantityMilli);

    /** Voids a line; needs the void permission of the cashier or of {@code approver}. */
    Ticket voidLine(UUID lineId, Approval approver);

    Ticket overridePrice(UUID lineId, Money price, Approval approver);

    Ticket discountLine(UUID lineId, Money discount, Approval approver);

    Ticket discountTicket(Money discount, Approval approver);

    /** Abandons the open ticket (audited unless empty) and opens a fresh one. */
    Ticket cancel(Approval approver);
}
