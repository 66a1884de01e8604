package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_HOLD;

import dev.opentill.central.error.CentralException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The stored-value reconciliation for a period: every hold (with what became of it), every
 * movement (captures, refunds, offline spends, top-ups and bonuses), and every card whose offline
 * spends in the period went beyond its offline allowance or beyond what it held (a shortfall the
 * chain carries). Lists are capped at {@link #MAX_ROWS}; {@code truncated} says when a shorter
 * period is needed to see all.
 */
public final class Reconciliation {
    static final int MAX_ROWS = 10_000;

    public record HoldLine(UUID tenderId, String cardNo, String storeCode, long amountMinor, String status,
            Instant heldAt, Instant settledAt) {
    }

    public record EntryLine(String cardNo, String kind, UUID refId, long amountMinor, long shortfallMinor,
            long balanceAfterMinor, String storeCode, Instant at) {
    }

    /** A card whose offline spends in the period exceeded its allowance, or could not all be taken from it. */
    public record OverAllowance(String cardNo, long offlineAllowanceMinor, long offlineSpentMinor,
            long shortfallMinor) {
    }

    public record Report(Instant from, Instant to, List<HoldLine> holds, List<EntryLine> entries,
            List<OverAllowance> overAllowance, boolean truncated) {
    }

    private final DSLContext dsl;

    public Reconciliation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The report of {@code [from, to)}. */
    public Report between(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw CentralException.malformed("A reconciliation needs from before to");
        }
        var h = STORED_VALUE_HOLD;
        var c = STORED_VALUE_CARD;
        var e = STORED_VALUE_ENTRY;
        var f = from.atOffset(ZoneOffset.UTC);
        var t = to.atOffset(ZoneOffset.UTC);
        List<HoldLine> holds = dsl.select(h.TENDER_ID, c.CARD_NO, STORE.CODE, h.AMOUNT_MINOR, h.STATUS, h.HELD_AT,
                h.SETTLED_AT).from(h).join(c).on(c.ID.eq(h.CARD_ID)).leftJoin(STORE).on(STORE.ID.eq(h.STORE_ID))
                .where(h.HELD_AT.ge(f).and(h.HELD_AT.lt(t))).orderBy(h.HELD_AT, h.TENDER_ID).limit(MAX_ROWS + 1)
                .fetch(r -> new HoldLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().toInstant(), r.value7() == null ? null : r.value7().toInstant()));
        List<EntryLine> entries = dsl.select(c.CARD_NO, e.KIND, e.REF_ID, e.AMOUNT_MINOR, e.SHORTFALL_MINOR,
                e.BALANCE_AFTER_MINOR, STORE.CODE, e.CREATED_AT).from(e).join(c).on(c.ID.eq(e.CARD_ID))
                .leftJoin(STORE).on(STORE.ID.eq(e.STORE_ID)).where(e.CREATED_AT.ge(f).and(e.CREATED_AT.lt(t)))
                .orderBy(e.CREATED_AT, e.ID).limit(MAX_ROWS + 1)
                .fetch(r -> new EntryLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().toInstant()));
        Field<BigDecimal> spent = DSL.sum(e.SHORTFALL_MINOR.minus(e.AMOUNT_MINOR));
        Field<BigDecimal> shortfall = DSL.sum(e.SHORTFALL_MINOR);
        List<OverAllowance> over = dsl.select(c.CARD_NO, c.OFFLINE_ALLOWANCE_MINOR, spent, shortfall).from(e)
                .join(c).on(c.ID.eq(e.CARD_ID))
                .where(e.KIND.eq(Cards.Kind.OFFLINE_SPEND.name()).and(e.CREATED_AT.ge(f)).and(e.CREATED_AT.lt(t)))
                .groupBy(c.CARD_NO, c.OFFLINE_ALLOWANCE_MINOR)
                .having(spent.gt(c.OFFLINE_ALLOWANCE_MINOR.cast(SQLDataType.NUMERIC)).or(shortfall.gt(BigDecimal.ZERO)))
                .orderBy(c.CARD_NO).limit(MAX_ROWS)
                .fetch(r -> new OverAllowance(r.value1(), r.value2(), r.value3().longValue(),
                        r.value4().longValue()));
        boolean truncated = holds.size() > MAX_ROWS || entries.size() > MAX_ROWS;
        return new Report(from, to, holds.subList(0, Math.min(MAX_ROWS, holds.size())),
                entries.subList(0, Math.min(MAX_ROWS, entries.size())), over, truncated);
    }
}
