package dev.opentill.app.reports;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.DayReportReader;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.report.DayReport;
import dev.opentill.core.staff.Permission;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@link DayReports} over the till's store. Reading the day's figures is a manager's action, under
 * the permission that closes the day ({@code CLOSE_SHIFT}), so the same people see the takings who
 * sign for them.
 */
public final class ReportDesk implements DayReports {
    private final DayReportReader reader;
    private final CashPolicy policy;
    private final Authority authority;
    private final Clock clock;

    public ReportDesk(DayReportReader reader, CashPolicy policy, Authority authority, Clock clock) {
        this.reader = reader;
        this.policy = policy;
        this.authority = authority;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return policy.businessDate(clock.instant());
    }

    @Override
    public DayReport day(LocalDate businessDate, Approval approver) {
        authority.authorise(Permission.CLOSE_SHIFT, approver);
        return reader.read(businessDate, policy.dayStart(), policy.zone());
    }
}
