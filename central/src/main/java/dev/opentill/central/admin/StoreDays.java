package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;
import static dev.opentill.central.jooq.Tables.Z_REPORT;

import dev.opentill.central.error.CentralException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * A store's business day as its tills closed it: every terminal's Z of that date, their totals,
 * and the store's terminals (enrolled, not revoked) that sent no Z for it.
 */
public final class StoreDays {
    /** One terminal's Z as the centre holds it. */
    public record TerminalZ(String terminalCode, long zNumber, Instant openedAt, Instant closedAt, int sales,
            int returns, long grossMinor, long netMinor, long cashExpectedMinor, long cashCountedMinor,
            long grandTotalMinor, int notAtCentre, String hash) {
    }

    /** The day's totals over its Z reports. */
    public record Totals(int sales, int returns, long grossMinor, long netMinor, long cashExpectedMinor,
            long cashCountedMinor, int notAtCentre) {
    }

    public record StoreDay(String storeCode, LocalDate businessDate, List<TerminalZ> reports, Totals totals,
            List<String> missing) {
    }

    private final DSLContext dsl;

    public StoreDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The day of {@code storeCode} on {@code date}; an unknown store is not found. */
    public StoreDay day(String storeCode, LocalDate date) {
        UUID storeId = dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(storeCode)).fetchOptional(STORE.ID)
                .orElseThrow(() -> CentralException.notFound("No store " + storeCode));
        List<TerminalZ> reports = new ArrayList<>();
        dsl.selectFrom(Z_REPORT).where(Z_REPORT.STORE_CODE.eq(storeCode)).and(Z_REPORT.BUSINESS_DATE.eq(date))
                .orderBy(Z_REPORT.TERMINAL_CODE, Z_REPORT.Z_NUMBER)
                .forEach(r -> reports.add(new TerminalZ(r.getTerminalCode(), r.getZNumber(),
                        r.getOpenedAt().toInstant(), r.getClosedAt().toInstant(), r.getSales(), r.getReturns(),
                        r.getGrossMinor(), r.getNetMinor(), r.getCashExpectedMinor(), r.getCashCountedMinor(),
                        r.getGrandTotalMinor(), r.getNotAtCentre(), r.getHash())));
        int sales = 0;
        int returns = 0;
        int notAtCentre = 0;
        long gross = 0;
        long net = 0;
        long expected = 0;
        long counted = 0;
        Set<String> closed = new TreeSet<>();
        for (TerminalZ z : reports) {
            sales += z.sales();
            returns += z.returns();
            gross += z.grossMinor();
            net += z.netMinor();
            expected += z.cashExpectedMinor();
            counted += z.cashCountedMinor();
            notAtCentre += z.notAtCentre();
            closed.add(z.terminalCode());
        }
        List<String> missing = new ArrayList<>();
        dsl.select(TERMINAL.CODE).from(TERMINAL).where(TERMINAL.STORE_ID.eq(storeId))
                .and(TERMINAL.ENROLLED_AT.isNotNull()).and(TERMINAL.REVOKED_AT.isNull()).orderBy(TERMINAL.CODE)
                .forEach(r -> {
                    if (!closed.contains(r.value1())) {
                        missing.add(r.value1());
                    }
                });
        return new StoreDay(storeCode, date, reports,
                new Totals(sales, returns, gross, net, expected, counted, notAtCentre), missing);
    }
}
