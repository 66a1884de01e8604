package dev.opentill.app.store;

import static dev.opentill.app.store.CashRepository.utc;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OPEN_TICKET;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.Z_REPORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.TenderCount;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.cash.ZChain;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.cash.ZText;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.sync.ZReportEvent;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.ShiftRecord;
import dev.opentill.store.jooq.tables.records.ZReportRecord;
import dev.opentill.sync.SyncJson;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The terminal's Z reports. {@link #close} is the close in ONE transaction: the shift closed, the Z
 * (gapless number, hash-chained to the previous Z and to the last sale's audit entry) stored
 * append-only, its outbox event, its audit entry; then synced to disk. A crash leaves either the
 * whole Z or the shift still open. Stored Z reports are only ever read after that.
 */
public final class ZRepository {
    private static final ObjectMapper WIRE = SyncJson.mapper();

    private final TillStore store;
    private final AuditLog audit;
    private final CashRepository cash;
    private final Clock clock;
    private final String storeCode;
    private final String terminalCode;
    private final Currency currency;
    private final ZFigures figures;

    public ZRepository(TillStore store, AuditLog audit, CashRepository cash, Clock clock, String storeCode,
            String terminalCode, Currency currency) {
        this.store = store;
        this.audit = audit;
        this.cash = cash;
        this.clock = clock;
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
        this.currency = currency;
        this.figures = new ZFigures(currency, terminalCode);
    }

    /**
     * What closes a shift: who closes, the manager who approved (null when the closer is one), the
     * cash counted (and its count by denomination), other tenders as declared (those left out are
     * taken as their references total), the reason for a variance beyond a limit, and whether a
     * manager confirmed closing with events not at the centre.
     */
    public record Closing(Cashier by, Cashier approver, Money countedCash, String countSpec,
            Map<String, Money> declared, String varianceReason, boolean pendingConfirmed) {
        public Closing {
            declared = Map.copyOf(declared);
        }
    }

    /** Closes the open shift and returns its sealed Z. Refusals change nothing. */
    public ZReport close(Closing c, CashPolicy policy) {
        if (c.countedCash().isNegative()) {
            throw new SaleException(SaleError.COUNT_ABSURD, "Counted cash cannot be negative", "CASH",
                    c.countedCash().toPlainString());
        }
        ZReport z = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ShiftRecord shift = cash.openShift(tx);
            Instant now = clock.instant();
            cash.requireClockForward(tx, now, shift);
            List<String> parked = tx.select(OPEN_TICKET.LABEL).from(OPEN_TICKET)
                    .where(OPEN_TICKET.STATUS.eq(OpenTicketRepository.PARKED)).fetch(OPEN_TICKET.LABEL);
            if (!parked.isEmpty()) {
                String names = String.join(", ", parked.stream().map(l -> l == null ? "?" : l).toList());
                throw new SaleException(SaleError.TICKETS_STILL_OPEN, "Parked tickets: " + names, names);
            }
            int[] pending = figures.notAtCentre(tx);
            if ((pending[0] > 0 || pending[1] > 0) && !c.pendingConfirmed()) {
                throw new SaleException(SaleError.PENDING_NEEDS_CONFIRMATION,
                        pending[0] + " sale(s) not at the centre, " + pending[1] + " rejected",
                        pending[0] + pending[1]);
            }
            List<TenderCount> tenders = tenders(tx, shift, c, policy);
            boolean beyond = tenders.stream().anyMatch(TenderCount::beyondLimit);
            String reason = c.varianceReason() == null || c.varianceReason().isBlank()
                    ? null
                    : c.varianceReason().strip();
            if (beyond && (c.approver() == null || reason == null)) {
                TenderCount t = tenders.stream().filter(TenderCount::beyondLimit).findFirst().orElseThrow();
                throw new SaleException(SaleError.VARIANCE_NEEDS_APPROVAL,
                        t.tender() + " is " + t.variance() + " off, beyond " + t.limit(), t.tender(),
                        t.variance().toPlainString());
            }
            long zNumber = 1 + tx.select(DSL.coalesce(DSL.max(SHIFT.Z_NUMBER), 0L)).from(SHIFT)
                    .where(SHIFT.TERMINAL_CODE.eq(terminalCode)).fetchSingle().value1();
            ZReportRecord previous = tx.selectFrom(Z_REPORT).where(Z_REPORT.TERMINAL_CODE.eq(terminalCode))
                    .orderBy(Z_REPORT.Z_NUMBER.desc()).limit(1).fetchOne();
            ZReport.Sales sales = figures.sales(tx, shift);
            long grand = (previous == null ? figures.netBefore(tx, shift.getId()) : previous.getGrandTotalMinor())
                    + sales.net().minor();
            ZFigures.LastSale last = figures.lastSale(tx, shift.getId());
            String closer = c.by().name();
            ZReport.Header header = new ZReport.Header(zNumber, storeCode, terminalCode, shift.getId(),
                    policy.businessDate(shift.getOpenedAt().toInstant()), shift.getOpenedAt().toInstant(),
                    name(tx, shift.getOpenedBy()), now, closer, c.approver() == null ? closer : c.approver().name());
            ZReport.Cash drawer = new ZReport.Cash(m(shift.getOpeningFloatMinor()),
                    m(figures.movements(tx, shift.getId(), Kind.SAFE_DROP)),
                    m(figures.movements(tx, shift.getId(), Kind.SAFE_PICKUP)),
                    m(figures.movements(tx, shift.getId(), Kind.PAY_IN)),
                    m(figures.movements(tx, shift.getId(), Kind.PAY_OUT)), tenders, beyond ? reason : null);
            ZReport.Chain chain = new ZReport.Chain(m(grand), pending[0], pending[1], last.id(), last.auditHash(),
                    previous == null ? ZChain.GENESIS : previous.getHash(), null);
            ZReport sealed = ZChain.seal(AuditLog.keyOf(tx), new ZReport(header, sales, drawer, chain));
            String text = ZText.write(sealed);
            UUID approverId = c.approver() == null ? null : c.approver().id();
            tx.update(SHIFT).set(SHIFT.CLOSED_BY, c.by().id()).set(SHIFT.CLOSED_AT, utc(now))
                    .set(SHIFT.COUNTED_CASH_MINOR, c.countedCash().minor())
                    .set(SHIFT.EXPECTED_CASH_MINOR, sealed.tender(TenderType.CASH.name()).expected().minor())
                    .set(SHIFT.Z_NUMBER, zNumber).where(SHIFT.ID.eq(shift.getId())).execute();
            tx.insertInto(Z_REPORT).set(Z_REPORT.TERMINAL_CODE, terminalCode).set(Z_REPORT.Z_NUMBER, zNumber)
                    .set(Z_REPORT.SHIFT_ID, shift.getId()).set(Z_REPORT.BUSINESS_DATE, header.businessDate())
                    .set(Z_REPORT.CLOSED_AT, utc(now)).set(Z_REPORT.NET_MINOR, sales.net().minor())
                    .set(Z_REPORT.GRAND_TOTAL_MINOR, grand).set(Z_REPORT.DOCUMENT, text)
                    .set(Z_REPORT.PREV_HASH, chain.previousHash()).set(Z_REPORT.HASH, sealed.chain().hash())
                    .execute();
            appendOutbox(tx, sealed, text, now);
            TenderCount cashLine = sealed.tender(TenderType.CASH.name());
            audit.append(tx, c.by().id(), approverId, AuditAction.SHIFT_CLOSED, shift.getId().toString(),
                    "Z" + zNumber + " counted " + cashLine.counted().minor() + " expected "
                            + cashLine.expected().minor() + " difference " + cashLine.variance().minor()
                            + " not at centre " + pending[0]
                            + (c.countSpec() == null || c.countSpec().isEmpty() ? "" : " count " + c.countSpec())
                            + (reason == null ? "" : " reason " + reason));
            return sealed;
        });
        store.syncToDisk();
        return z;
    }

    private List<TenderCount> tenders(DSLContext tx, ShiftRecord shift, Closing c, CashPolicy policy) {
        Map<String, Money> taken = new TreeMap<>(figures.tenders(tx, shift.getId()));
        Money cashTendered = taken.remove(TenderType.CASH.name());
        c.declared().keySet().forEach(k -> taken.putIfAbsent(k, m(0)));
        List<TenderCount> out = new ArrayList<>();
        String cashType = TenderType.CASH.name();
        Money drawer = cash.drawerCash(tx, shift, cashTendered == null ? 0 : cashTendered.minor());
        out.add(TenderCount.of(cashType, drawer, c.countedCash(), policy.varianceLimit(cashType)));
        taken.forEach((type, expected) -> {
            Money declared = c.declared().getOrDefault(type, expected);
            if (declared.isNegative() && !expected.isNegative()) {
                throw new SaleException(SaleError.COUNT_ABSURD, "Declared " + type + " cannot be negative", type,
                        declared.toPlainString());
            }
            out.add(TenderCount.of(type, expected, declared, policy.varianceLimit(type)));
        });
        return out;
    }

    private void appendOutbox(DSLContext tx, ZReport z, String text, Instant now) {
        TenderCount cashLine = z.tender(TenderType.CASH.name());
        ZReportEvent e = new ZReportEvent(UuidV7.next(), storeCode, terminalCode, z.header().zNumber(),
                z.header().businessDate(), z.header().openedAt(), z.header().closedAt(),
                currency.getCurrencyCode(), z.sales().sales(), z.sales().returns(), z.sales().gross().minor(),
                z.sales().net().minor(), cashLine.expected().minor(), cashLine.counted().minor(),
                z.chain().grandTotal().minor(), z.chain().notAtCentre(), z.chain().previousHash(),
                z.chain().hash(), text);
        String payload;
        try {
            payload = WIRE.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise Z event", ex);
        }
        long seq = tx.select(DSL.coalesce(DSL.max(OUTBOX.SEQ), 0L)).from(OUTBOX).fetchSingle().value1() + 1;
        tx.insertInto(OUTBOX).set(OUTBOX.SEQ, seq).set(OUTBOX.EVENT_ID, e.eventId())
                .set(OUTBOX.EVENT_TYPE, ZReportEvent.TYPE).set(OUTBOX.AGGREGATE_ID, z.header().shiftId())
                .set(OUTBOX.PAYLOAD, payload).set(OUTBOX.CREATED_AT, utc(now)).execute();
    }

    /** The tenders other than cash taken in the open shift, totalled from what was recorded. */
    public List<TenderTaken> otherTenders() {
        DSLContext dsl = store.dsl();
        return figures.otherTenders(dsl, cash.openShift(dsl).getId());
    }

    /** The stored Z with {@code number}, as it was closed. */
    public Optional<ZReport> byNumber(long number) {
        return store.dsl().selectFrom(Z_REPORT).where(Z_REPORT.TERMINAL_CODE.eq(terminalCode))
                .and(Z_REPORT.Z_NUMBER.eq(number)).fetchOptional().map(ZRepository::read);
    }

    /** The stored Z reports of {@code businessDate}, by number. */
    public List<ZReport> onDate(LocalDate businessDate) {
        return store.dsl().selectFrom(Z_REPORT).where(Z_REPORT.TERMINAL_CODE.eq(terminalCode))
                .and(Z_REPORT.BUSINESS_DATE.eq(businessDate)).orderBy(Z_REPORT.Z_NUMBER).fetch(ZRepository::read);
    }

    /** The latest stored Z reports, newest first. */
    public List<ZReport> latest(int limit) {
        return store.dsl().selectFrom(Z_REPORT).where(Z_REPORT.TERMINAL_CODE.eq(terminalCode))
                .orderBy(Z_REPORT.Z_NUMBER.desc()).limit(limit).fetch(ZRepository::read);
    }

    /** Records a reprint of Z {@code number} (a copy) in the audit log. */
    public void recordReprint(UUID actorId, long number) {
        audit.record(store, actorId, null, AuditAction.Z_REPRINTED, "Z" + number, "copy");
    }

    /**
     * The Z number where this terminal's chain of stored Z reports first breaks (content changed, a
     * Z removed or inserted, a hash recomputed without the key), or empty when it holds.
     */
    public OptionalLong verify() {
        DSLContext dsl = store.dsl();
        List<ZReport> all = dsl.selectFrom(Z_REPORT).where(Z_REPORT.TERMINAL_CODE.eq(terminalCode))
                .orderBy(Z_REPORT.Z_NUMBER).fetch(ZRepository::read);
        if (all.isEmpty()) {
            return OptionalLong.empty();
        }
        // The chain starts at the first Z closed with a stored report; older closes have none.
        Long first = dsl.select(DSL.min(SHIFT.Z_NUMBER)).from(SHIFT).join(Z_REPORT)
                .on(Z_REPORT.SHIFT_ID.eq(SHIFT.ID)).where(SHIFT.TERMINAL_CODE.eq(terminalCode))
                .fetchOne(0, Long.class);
        return ZChain.verify(AuditLog.keyOf(dsl), first == null ? 1 : first, all);
    }

    private static ZReport read(ZReportRecord r) {
        ZReport z = ZText.read(r.getDocument(), r.getHash());
        if (z.header().zNumber() != r.getZNumber()) {
            // A row whose text names another Z: the chain check reports it at this number.
            return new ZReport(new ZReport.Header(r.getZNumber(), z.header().storeCode(), z.header().terminalCode(),
                    z.header().shiftId(), z.header().businessDate(), z.header().openedAt(), z.header().openedBy(),
                    z.header().closedAt(), z.header().closedBy(), z.header().approvedBy()), z.sales(), z.cash(),
                    new ZReport.Chain(z.chain().grandTotal(), z.chain().notAtCentre(), z.chain().rejected(),
                            z.chain().lastSaleId(), z.chain().lastSaleHash(), "tampered", r.getHash()));
        }
        return z;
    }

    private String name(DSLContext tx, UUID cashierId) {
        return tx.select(CASHIER.NAME).from(CASHIER).where(CASHIER.ID.eq(cashierId)).fetchOptional(CASHIER.NAME)
                .orElse("?");
    }

    private Money m(long minor) {
        return Money.ofMinor(minor, currency);
    }
}
