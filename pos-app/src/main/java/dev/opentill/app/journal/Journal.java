package dev.opentill.app.journal;

import dev.opentill.app.security.Approval;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sale.SaleSummary;
import java.util.List;
import java.util.UUID;

/** What the till did today: the sales list, reprints, and opening the drawer without a sale. */
public interface Journal {

    /** Today's completed sales and returns, newest first. */
    List<SaleSummary> todaysSales();

    /** The receipt of a completed sale, marked as a reprint (audited). */
    Receipt reprint(UUID saleId);

    /** Opens the drawer without a sale (needs the no-sale permission of the cashier or of {@code approver}; audited). */
    void noSale(Approval approver);
}
