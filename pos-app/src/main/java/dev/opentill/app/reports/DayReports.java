package dev.opentill.app.reports;

import dev.opentill.app.security.Approval;
import dev.opentill.core.report.DayReport;
import java.time.LocalDate;

/**
 * The manager's reports at the till: a business day's sales by hour, by cashier and its top
 * products. Calls block: make them off the FX thread. A manager's action: a cashier gets a
 * {@code NOT_AUTHORISED} refusal unless a manager approves.
 */
public interface DayReports {

    /** Today's business date (the store's day start and zone applied to the clock). */
    LocalDate today();

    /** The figures of {@code businessDate} at this terminal. */
    DayReport day(LocalDate businessDate, Approval approver);
}
