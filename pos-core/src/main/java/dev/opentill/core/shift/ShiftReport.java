package dev.opentill.core.shift;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What happened in a shift: an X report while it is open, a Z report when it is closed
 * ({@code zNumber}, {@code closedAt}, {@code countedCash} and {@code difference} set).
 * {@code netSales} is sales minus refunds; {@code tenders} sums each tender type (refunds
 * negative); {@code expectedCash} is the opening float plus cash taken minus change and cash refunds.
 * {@code auditChainIntact} says on a Z report whether the till's audit chain verified at close
 * (null on an X report).
 */
public record ShiftReport(UUID shiftId, String terminalCode, Long zNumber, Instant openedAt, String openedBy,
        Instant closedAt, String closedBy, int sales, int returns, Money netSales, Money discounts, Money tax,
        Map<String, Money> tenders, int noSales, Money openingFloat, Money expectedCash, Money countedCash,
        Money difference, Boolean auditChainIntact) {

    /** A report without the audit chain's verdict (an X report). */
    public ShiftReport(UUID shiftId, String terminalCode, Long zNumber, Instant openedAt, String openedBy,
            Instant closedAt, String closedBy, int sales, int returns, Money netSales, Money discounts, Money tax,
            Map<String, Money> tenders, int noSales, Money openingFloat, Money expectedCash, Money countedCash,
            Money difference) {
        this(shiftId, terminalCode, zNumber, openedAt, openedBy, closedAt, closedBy, sales, returns, netSales,
                discounts,
                tax, tenders, noSales, openingFloat, expectedCash, countedCash, difference, null);
    }

    public boolean isZ() {
        return zNumber != null;
    }

    /** This X report as the Z report of the shift closed with {@code countedCash}. */
    public ShiftReport closed(long z, Instant at, String by, Money countedCash) {
        return new ShiftReport(shiftId, terminalCode, z, openedAt, openedBy, at, by, sales, returns, netSales,
                discounts,
                tax, tenders, noSales, openingFloat, expectedCash, countedCash, countedCash.minus(expectedCash),
                auditChainIntact);
    }

    /**
     * This X report as a blind count shows it: without the expected cash, so the drawer is counted
     * before anyone sees what it should hold.
     */
    public ShiftReport blind() {
        return new ShiftReport(shiftId, terminalCode, zNumber, openedAt, openedBy, closedAt, closedBy, sales, returns,
                netSales, discounts, tax, tenders, noSales, openingFloat, null, countedCash, difference,
                auditChainIntact);
    }

    /** This report with the audit chain's verdict. */
    public ShiftReport withAuditChain(boolean intact) {
        return new ShiftReport(shiftId, terminalCode, zNumber, openedAt, openedBy, closedAt, closedBy, sales, returns,
                netSales, discounts, tax, tenders, noSales, openingFloat, expectedCash, countedCash, difference,
                intact);
    }
}
