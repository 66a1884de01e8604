package dev.opentill.app.returns;

import dev.opentill.app.security.Approval;
import dev.opentill.core.sale.Ticket;
import java.util.UUID;

/** Refunding goods of a completed sale. Calls block: make them off the FX thread. */
public interface Returns {

    /**
     * Starts a return against a completed sale found by its receipt number (typed or scanned from
     * the receipt's barcode/QR). The current ticket must be empty.
     */
    ReturnableSale startReturn(String receiptNo, Approval approver);

    /** Adds a refund of {@code quantityMilli} of an original sale line to the return ticket. */
    Ticket addReturnLine(UUID originalLineId, long quantityMilli);

    /** Abandons the return ticket (audited unless empty) and opens a fresh one. */
    Ticket cancel(Approval approver);
}
