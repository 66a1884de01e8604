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
 * and {@link ZRepository#close} closes it with its Z report. The expected cash counts the cash
 * movements ({@link CashRepository}). Opening and every report are in the audit log.
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
    /** Forgets the open shift this service remembers: it was closed with its Z ({@link ZRepository#close}). */
    public void forgetClosed() {
        open = null;
    }

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

    /** The report of the open shift as it stands, not audited (for the close). */
    public ShiftReport current() {
        return report(store.dsl(), openIn(store.dsl()).orElseThrow(ShiftRepository::noShift));
    }

    /** The X report of the open shift: read only, audited. */
    public ShiftReport xReport(Cashier by) {
        ShiftRecord shift = openIn(store.dsl()).orElseThrow(ShiftRepository::noShift);
        ShiftReport r = report(store.dsl(), shift);
        store.dsl().transaction(cfg -> audit.append(DSL.using(cfg), by.id(), null, AuditAction.SHIFT_REPORTED,
                shift.getId().toString(), "X"));
        return r;
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
        Money expected = opening.plus(Money.ofMinor(cashIn - change + CashRepository.movementsNet(tx, shift.getId()),
                currency));
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
