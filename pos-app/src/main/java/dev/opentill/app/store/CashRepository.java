package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.CASH_MOVEMENT;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.Z_REPORT;

import dev.opentill.core.cash.CashMovement;
import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashMovement.Place;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.ShiftRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Cash that moves in or out of the drawer other than by a sale: each movement is stored two-sided
 * (from, to) in one transaction with its audit entry and synced to disk. Nothing leaves the drawer
 * that is not in it, and a clock behind the till's last recorded time is refused.
 */
public final class CashRepository {
    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String terminalCode;
    private final Currency currency;

    public CashRepository(TillStore store, AuditLog audit, Clock clock, String terminalCode, Currency currency) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.terminalCode = terminalCode;
        this.currency = currency;
    }

    /**
     * Records {@code m} in the open shift (its shift id is taken from the store): refused when it
     * takes more cash than the drawer holds or the clock was set back; audited with {@code countSpec}.
     */
    public CashMovement record(CashMovement m, String countSpec) {
        CashMovement stored = store.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ShiftRecord shift = openShift(tx);
            Instant now = clock.instant();
            requireClockForward(tx, now, shift);
            if (m.from() == Place.TILL) {
                Money inDrawer = drawerCash(tx, shift);
                if (m.amount().isGreaterThan(inDrawer)) {
                    throw new SaleException(SaleError.CASH_EXCEEDS_DRAWER,
                            m.kind() + " of " + m.amount() + " but the drawer holds " + inDrawer,
                            m.amount().toPlainString(), inDrawer.toPlainString());
                }
            }
            CashMovement s = new CashMovement(m.id(), shift.getId(), m.kind(), m.amount(), m.from(), m.to(),
                    m.reason(), m.bagNo(), m.actorId(), m.approverId(), now);
            long seq = audit.append(tx, m.actorId(), m.approverId(), AuditAction.CASH_MOVED, m.kind().name(),
                    m.amount().minor() + " " + m.from() + "->" + m.to()
                            + (m.reason() == null ? "" : " reason " + m.reason())
                            + (m.bagNo() == null ? "" : " bag " + m.bagNo())
                            + (countSpec == null || countSpec.isEmpty() ? "" : " count " + countSpec));
            tx.insertInto(CASH_MOVEMENT).set(CASH_MOVEMENT.ID, s.id()).set(CASH_MOVEMENT.SHIFT_ID, s.shiftId())
                    .set(CASH_MOVEMENT.TERMINAL_CODE, terminalCode).set(CASH_MOVEMENT.KIND, s.kind().name())
                    .set(CASH_MOVEMENT.AMOUNT_MINOR, s.amount().minor()).set(CASH_MOVEMENT.FROM_PLACE, s.from().name())
                    .set(CASH_MOVEMENT.TO_PLACE, s.to().name()).set(CASH_MOVEMENT.REASON, s.reason())
                    .set(CASH_MOVEMENT.BAG_NO, s.bagNo()).set(CASH_MOVEMENT.COUNT_SPEC, countSpec)
                    .set(CASH_MOVEMENT.ACTOR_ID, s.actorId()).set(CASH_MOVEMENT.APPROVER_ID, s.approverId())
                    .set(CASH_MOVEMENT.AT, utc(now)).set(CASH_MOVEMENT.AUDIT_SEQ, seq).execute();
            return s;
        });
        store.syncToDisk();
        return stored;
    }

    /** Records a count of the drawer mid-shift (a till audit) in the audit log; nothing moves. */
    public void recordCount(UUID actorId, UUID approverId, Money total, String countSpec) {
        store.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ShiftRecord shift = openShift(tx);
            audit.append(tx, actorId, approverId, AuditAction.DRAWER_COUNTED, shift.getId().toString(),
                    "counted " + total.minor() + " " + countSpec);
        });
        store.syncToDisk();
    }

    /** The cash the drawer of the open shift should hold now. */
    public Money drawerCash() {
        DSLContext dsl = store.dsl();
        return drawerCash(dsl, openShift(dsl));
    }

    /** The open shift's movements, oldest first. */
    public List<CashMovement> movements() {
        DSLContext dsl = store.dsl();
        ShiftRecord shift = openShift(dsl);
        List<CashMovement> out = new ArrayList<>();
        dsl.selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.SHIFT_ID.eq(shift.getId())).orderBy(CASH_MOVEMENT.AT)
                .forEach(r -> out.add(new CashMovement(r.getId(), r.getShiftId(), Kind.valueOf(r.getKind()),
                        Money.ofMinor(r.getAmountMinor(), currency), Place.valueOf(r.getFromPlace()),
                        Place.valueOf(r.getToPlace()), r.getReason(), r.getBagNo(), r.getActorId(),
                        r.getApproverId(), r.getAt().toInstant())));
        return out;
    }

    /**
     * Float + cash taken - change + movements into the drawer - movements out of it (the float's own
     * movement is the float itself, not counted twice).
     */
    Money drawerCash(DSLContext tx, ShiftRecord shift) {
        BigDecimal cash = tx.select(DSL.sum(SALE_TENDER.AMOUNT_MINOR)).from(SALE_TENDER).join(SALE)
                .on(SALE.ID.eq(SALE_TENDER.SALE_ID)).where(SALE.SHIFT_ID.eq(shift.getId()))
                .and(SALE_TENDER.TENDER_TYPE.eq(TenderType.CASH.name())).fetchOne(0, BigDecimal.class);
        return drawerCash(tx, shift, n(cash));
    }

    /**
     * {@link #drawerCash(DSLContext, ShiftRecord)} when the cash tendered in the shift is already
     * known (the close has just summed every tender): one pass over the shift's tenders fewer.
     */
    Money drawerCash(DSLContext tx, ShiftRecord shift, long cashTendered) {
        BigDecimal change = tx.select(DSL.sum(SALE.CHANGE_MINOR)).from(SALE).where(SALE.SHIFT_ID.eq(shift.getId()))
                .fetchOne(0, BigDecimal.class);
        BigDecimal in = movementSum(tx, shift.getId(), CASH_MOVEMENT.TO_PLACE.eq(Place.TILL.name()));
        BigDecimal out = movementSum(tx, shift.getId(), CASH_MOVEMENT.FROM_PLACE.eq(Place.TILL.name()));
        long minor = shift.getOpeningFloatMinor() + cashTendered - n(change) + n(in) - n(out);
        return Money.ofMinor(minor, currency);
    }

    /** What the shift's movements (the float's own aside) did to the drawer: in minus out. */
    static long movementsNet(DSLContext tx, UUID shiftId) {
        return n(movementSum(tx, shiftId, CASH_MOVEMENT.TO_PLACE.eq(Place.TILL.name())))
                - n(movementSum(tx, shiftId, CASH_MOVEMENT.FROM_PLACE.eq(Place.TILL.name())));
    }

    /** The sum of the shift's movements of {@code kind}. */
    static long movementTotal(DSLContext tx, UUID shiftId, Kind kind) {
        return n(movementSum(tx, shiftId, CASH_MOVEMENT.KIND.eq(kind.name())));
    }

    private static BigDecimal movementSum(DSLContext tx, UUID shiftId, Condition c) {
        return tx.select(DSL.sum(CASH_MOVEMENT.AMOUNT_MINOR)).from(CASH_MOVEMENT)
                .where(CASH_MOVEMENT.SHIFT_ID.eq(shiftId)).and(CASH_MOVEMENT.KIND.ne(Kind.FLOAT.name())).and(c)
                .fetchOne(0, BigDecimal.class);
    }

    /**
     * Refuses {@code now} when it is before the latest time the till has recorded for this terminal
     * (the shift's opening, a sale, a movement, a Z): a clock set back would make times run
     * backwards on the Z.
     */
    void requireClockForward(DSLContext tx, Instant now, ShiftRecord shift) {
        OffsetDateTime last = shift.getOpenedAt();
        for (OffsetDateTime t : List.of(
                nz(tx.select(DSL.max(SALE.COMPLETED_AT)).from(SALE).where(SALE.TERMINAL_CODE.eq(terminalCode))
                        .fetchOne(0, OffsetDateTime.class)),
                nz(tx.select(DSL.max(CASH_MOVEMENT.AT)).from(CASH_MOVEMENT)
                        .where(CASH_MOVEMENT.TERMINAL_CODE.eq(terminalCode)).fetchOne(0, OffsetDateTime.class)),
                nz(tx.select(DSL.max(Z_REPORT.CLOSED_AT)).from(Z_REPORT)
                        .where(Z_REPORT.TERMINAL_CODE.eq(terminalCode)).fetchOne(0, OffsetDateTime.class)))) {
            if (t.isAfter(last)) {
                last = t;
            }
        }
        if (now.isBefore(last.toInstant())) {
            throw new SaleException(SaleError.CLOCK_SET_BACK,
                    "The clock reads " + now + ", before the till's last recorded time " + last.toInstant(),
                    now.toString(), last.toInstant().toString());
        }
    }

    ShiftRecord openShift(DSLContext tx) {
        return tx.selectFrom(SHIFT).where(SHIFT.TERMINAL_CODE.eq(terminalCode)).and(SHIFT.CLOSED_AT.isNull())
                .orderBy(SHIFT.OPENED_AT.desc()).limit(1).forUpdate().fetchOptional()
                .orElseThrow(() -> new SaleException(SaleError.NO_OPEN_SHIFT, "No shift is open on " + terminalCode));
    }

    private static OffsetDateTime nz(OffsetDateTime t) {
        return t == null ? OffsetDateTime.MIN : t;
    }

    static long n(BigDecimal v) {
        return v == null ? 0 : v.longValue();
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
