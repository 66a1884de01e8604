package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.SHIFT;

import dev.opentill.core.shift.ShiftReport;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.ShiftRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A terminal's shifts: one is open at a time, every sale belongs to one (a sale made with none
 * open opens one with no float, audited), an X report reads the open shift without changing it,
 * and closing it counts the drawer and gives the Z report with a gapless Z number per terminal.
 * Opening, closing and every report are in the audit log.
 */
public final class ShiftRepository {
    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String terminalCode;
    private final Currency currency;
    /** The open shift as last read or written by this service (the till's store is this process's alone). */
    private volatile ShiftRecord open;

    public ShiftRepository(TillStore store, AuditLog audit, Clock clock, String terminalCode, Currency currency) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.terminalCode = terminalCode;
        this.currency = currency;
    }

    /** Opens a shift with a counted float and returns its (empty) report; refused while one is open. */
    public ShiftReport open(Cashier by, Money openingFloat) {
        if (openingFloat.isNegative()) {
            throw new SaleException(SaleError.AMOUNT_NEGATIVE, "An opening float cannot be negative");
        }
        ShiftRecord r = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (openIn(tx).isPresent()) {
                throw new SaleException(SaleError.SHIFT_ALREADY_OPEN, "A shift is already open on " + terminalCode);
            }
            return insert(tx, by, openingFloat, "float " + openingFloat.minor());
        });
        store.syncToDisk();
        open = r;
        return report(store.dsl(), r);
    }

    /** The open shift, opened now with no float if there is none (a sale always belongs to a shift). */
    public UUID ensureOpen(Cashier by) {
        ShiftRecord known = open;
        if (known != null) {
            return known.getId();
        }
        ShiftRecord r = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            return openIn(tx)
                    .orElseGet(() -> insert(tx, by, Money.zero(currency), "opened by the first sale, no float"));
        });
        open = r;
        return r.getId();
    }

    /** The X report of the open shift: read only, audited. */
    public ShiftReport xReport(Cashier by) {
        ShiftRecord shift = openIn(store.dsl()).orElseThrow(ShiftRepository::noShift);
        ShiftReport r = report(store.dsl(), shift);
        store.dsl().transaction(cfg -> audit.append(DSL.using(cfg), by.id(), null, AuditAction.SHIFT_REPORTED,
                shift.getId().toString(), "X"));
        return r;
    }

    /**
     * Closes the open shift with the counted cash and returns its Z report; the counted amount,
     * the expected amount and the next Z number are stored with it, in one transaction with the
     * audit entry, and synced to disk. The Z report says whether the audit chain verified.
     */
    public ShiftReport close(Cashier by, UUID approverId, Money countedCash) {
        if (countedCash.isNegative()) {
            throw new SaleException(SaleError.AMOUNT_NEGATIVE, "Counted cash cannot be negative");
        }
        open = null;
        ShiftReport z = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ShiftRecord shift = openIn(tx).orElseThrow(ShiftRepository::noShift);
            OffsetDateTime now = now();
            long zNumber = 1 + tx.select(DSL.coalesce(DSL.max(SHIFT.Z_NUMBER), 0L)).from(SHIFT)
                    .where(SHIFT.TERMINAL_CODE.eq(terminalCode)).fetchSingle().value1();
            ShiftReport x = report(tx, shift);
            tx.update(SHIFT).set(SHIFT.CLOSED_BY, by.id()).set(SHIFT.CLOSED_AT, now)
                    .set(SHIFT.COUNTED_CASH_MINOR, countedCash.minor())
                    .set(SHIFT.EXPECTED_CASH_MINOR, x.expectedCash().minor()).set(SHIFT.Z_NUMBER, zNumber)
                    .where(SHIFT.ID.eq(shift.getId())).execute();
            Money difference = countedCash.minus(x.expectedCash());
            audit.append(tx, by.id(), approverId, AuditAction.SHIFT_CLOSED, shift.getId().toString(),
                    "Z" + zNumber + " counted " + countedCash.minor() + " expected " + x.expectedCash().minor()
                            + " difference " + difference.minor());
            return x.closed(zNumber, now.toInstant(), by.name(), countedCash)
                    .withAuditChain(AuditLog.verify(tx).isEmpty());
        });
        store.syncToDisk();
        return z;
    }

    private Optional<ShiftRecord> openIn(DSLContext tx) {
        return tx.selectFrom(SHIFT).where(SHIFT.TERMINAL_CODE.eq(terminalCode)).and(SHIFT.CLOSED_AT.isNull())
                .orderBy(SHIFT.OPENED_AT.desc()).limit(1).forUpdate().fetchOptional();
    }

    private ShiftRecord insert(DSLContext tx, Cashier by, Money openingFloat, String detail) {
        ShiftRecord r = tx.newRecord(SHIFT);
        r.setId(UuidV7.next());
        r.setTerminalCode(terminalCode);
        r.setOpenedBy(by.id());
        r.setOpenedAt(now());
        r.setOpeningFloatMinor(openingFloat.minor());
        r.store();
        audit.append(tx, by.id(), null, AuditAction.SHIFT_OPENED, r.getId().toString(), detail);
        return r;
    }

    private ShiftReport report(DSLContext tx, ShiftRecord shift) {
        var totals = tx.select(DSL.count(), DSL.sum(DSL.when(SALE.KIND.eq(SaleKind.RETURN.name()), 1).otherwise(0)),
                DSL.sum(SALE.TOTAL_MINOR), DSL.sum(SALE.DISCOUNT_MINOR), DSL.sum(SALE.TAX_MINOR),
                DSL.sum(SALE.CHANGE_MINOR)).from(SALE).where(SALE.SHIFT_ID.eq(shift.getId())).fetchSingle();
        int all = totals.value1();
        int returns = number(totals.value2()).intValue();
        Map<String, Money> tenders = new TreeMap<>();
        tx.select(SALE_TENDER.TENDER_TYPE, DSL.sum(SALE_TENDER.AMOUNT_MINOR)).from(SALE_TENDER).join(SALE)
                .on(SALE.ID.eq(SALE_TENDER.SALE_ID)).where(SALE.SHIFT_ID.eq(shift.getId()))
                .groupBy(SALE_TENDER.TENDER_TYPE)
                .forEach(r -> tenders.put(r.value1(), Money.ofMinor(number(r.value2()).longValue(), currency)));
        int noSales = tx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.NO_SALE.name())
                .and(AUDIT_LOG.TERMINAL_CODE.eq(terminalCode)).and(AUDIT_LOG.AT.ge(shift.getOpenedAt())));
        long cashIn = tenders.getOrDefault(TenderType.CASH.name(), Money.zero(currency)).minor();
        long change = number(totals.value6()).longValue();
        Money opening = Money.ofMinor(shift.getOpeningFloatMinor(), currency);
        Money expected = opening.plus(Money.ofMinor(cashIn - change, currency));
        String openedBy = tx.select(CASHIER.NAME).from(CASHIER).where(CASHIER.ID.eq(shift.getOpenedBy()))
                .fetchOptional(CASHIER.NAME).orElse("?");
        return new ShiftReport(shift.getId(), terminalCode, null, shift.getOpenedAt().toInstant(), openedBy, null,
                null, all - returns, returns, money(totals.value3()), money(totals.value4()), money(totals.value5()),
                tenders, noSales, opening, expected, null, null);
    }

    private Money money(BigDecimal minor) {
        return Money.ofMinor(number(minor).longValue(), currency);
    }

    private static BigDecimal number(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static SaleException noShift() {
        return new SaleException(SaleError.NO_OPEN_SHIFT, "No shift is open on this terminal");
    }
}
