package dev.opentill.app.cash;

import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.core.cash.OfflineReview;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.cash.ZReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The end of a shift and the Z reports it leaves: the offline review, the close, and past Z reports
 * found again and reprinted. Calls block: make them off the FX thread.
 */
public interface DayClose {

    /** What has not reached the centre, what it rejected, and the shift's overrides. */
    OfflineReview review();

    /**
     * The tenders other than cash (card, mobile, voucher, paid online) taken in the open shift, each
     * totalled from what the till recorded, to declare at the close; totals are left out while counts
     * are blind.
     */
    List<TenderTaken> otherTenders();

    /** Closes the shift (a manager's action) and returns its stored, chained Z. */
    ZReport close(CloseRequest request, Approval approver);

    /** A stored Z by number, as it was closed. */
    Optional<ZReport> z(long number);

    /** The stored Z reports of a business date (or the latest ones when {@code date} is null). */
    List<ZReport> zReports(LocalDate date);

    /** A stored Z to print again, marked as a copy (audited). */
    ZReport reprint(long number);
}
