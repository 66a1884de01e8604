package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Balances as the till shows them: the centre's last balance plus this till's own ledger entries
 * the balance does not include yet. An entry is included once the centre acknowledged it before
 * the balance's as-of time (both times are the centre's clock).
 */
public final class LedgerView {
    private LedgerView() {
    }

    public static long stockOnHandMilli(DSLContext till, UUID productId) {
        var balance = till.select(STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.AS_OF).from(STOCK_BALANCE)
                .where(STOCK_BALANCE.PRODUCT_ID.eq(productId)).fetchOptional();
        long base = balance.map(r -> r.value1()).orElse(0L);
        OffsetDateTime asOf = balance.map(r -> r.value2()).orElse(null);
        Condition notIncluded = asOf == null
                ? DSL.trueCondition()
                : STOCK_LEDGER.ACKED_AT.isNull().or(STOCK_LEDGER.ACKED_AT.gt(asOf));
        BigDecimal own = till.select(DSL.sum(STOCK_LEDGER.DELTA_MILLI)).from(STOCK_LEDGER)
                .where(STOCK_LEDGER.PRODUCT_ID.eq(productId)).and(notIncluded).fetchOne(0, BigDecimal.class);
        return base + (own == null ? 0 : own.longValue());
    }

    public static long pointsBalance(DSLContext till, String cardNo) {
        var member = till.select(MEMBER.POINTS_BALANCE, MEMBER.BALANCE_AS_OF).from(MEMBER)
                .where(MEMBER.CARD_NO.eq(cardNo)).fetchOptional();
        long base = member.map(r -> r.value1()).orElse(0L);
        OffsetDateTime asOf = member.map(r -> r.value2()).orElse(null);
        Condition notIncluded = asOf == null
                ? DSL.trueCondition()
                : POINTS_LEDGER.ACKED_AT.isNull().or(POINTS_LEDGER.ACKED_AT.gt(asOf));
        BigDecimal own = till.select(DSL.sum(POINTS_LEDGER.DELTA)).from(POINTS_LEDGER)
                .where(POINTS_LEDGER.MEMBER_CARD.eq(cardNo)).and(notIncluded).fetchOne(0, BigDecimal.class);
        return base + (own == null ? 0 : own.longValue());
    }
}
