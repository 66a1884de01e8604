package dev.opentill.app.store;

import static dev.opentill.app.store.CashRepository.n;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;

import dev.opentill.core.money.Money;
import dev.opentill.core.report.DayReport;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.migrations.TillStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads a business day's figures for the manager's reports (read only). The day runs from its
 * start time on the date to the same time the next day, in the store's zone. Counts and sums by
 * cashier and product are aggregated in the store; hours are taken from each sale's time here,
 * so they follow the store's zone whatever the database's.
 */
public final class DayReportReader {
    /** How many products the report ranks. */
    public static final int TOP = 10;

    private final TillStore store;
    private final String terminalCode;
    private final Currency currency;

    public DayReportReader(TillStore store, String terminalCode, Currency currency) {
        this.store = store;
        this.terminalCode = terminalCode;
        this.currency = currency;
    }

    public DayReport read(LocalDate businessDate, LocalTime dayStart, ZoneId zone) {
        Instant from = businessDate.atTime(dayStart).atZone(zone).toInstant();
        Instant to = businessDate.plusDays(1).atTime(dayStart).atZone(zone).toInstant();
        DSLContext dsl = store.dsl();
        Condition ofDay = SALE.TERMINAL_CODE.eq(terminalCode).and(SALE.COMPLETED_AT.ge(utc(from)))
                .and(SALE.COMPLETED_AT.lt(utc(to)));
        var isReturn = SALE.KIND.eq(SaleKind.RETURN.name());
        int sales = 0;
        int returns = 0;
        long net = 0;
        Map<Integer, long[]> hours = new LinkedHashMap<>();
        for (var r : dsl.select(SALE.COMPLETED_AT, SALE.KIND, SALE.TOTAL_MINOR).from(SALE).where(ofDay)
                .orderBy(SALE.COMPLETED_AT).fetch()) {
            boolean ret = SaleKind.RETURN.name().equals(r.value2());
            int hour = r.value1().toInstant().atZone(zone).getHour();
            long[] h = hours.computeIfAbsent(hour, k -> new long[3]);
            h[ret ? 1 : 0]++;
            h[2] += r.value3();
            sales += ret ? 0 : 1;
            returns += ret ? 1 : 0;
            net += r.value3();
        }
        List<DayReport.Hour> byHour = new ArrayList<>();
        hours.forEach((hour, h) -> byHour.add(new DayReport.Hour(hour, (int) h[0], (int) h[1], m(h[2]))));
        List<DayReport.ByCashier> byCashier = new ArrayList<>();
        var returnCount = DSL.sum(DSL.when(isReturn, 1).otherwise(0));
        var total = DSL.sum(SALE.TOTAL_MINOR);
        dsl.select(CASHIER.NAME, DSL.count(), returnCount, total).from(SALE).join(CASHIER)
                .on(CASHIER.ID.eq(SALE.CASHIER_ID)).where(ofDay).groupBy(CASHIER.ID, CASHIER.NAME)
                .orderBy(total.desc(), CASHIER.NAME).forEach(r -> {
                    int rets = (int) n(r.value3());
                    byCashier.add(new DayReport.ByCashier(r.value1(), r.value2() - rets, rets, m(n(r.value4()))));
                });
        List<DayReport.TopProduct> top = new ArrayList<>();
        var amount = DSL.sum(SALE_LINE.PAID_MINOR);
        var quantity = DSL.sum(SALE_LINE.QUANTITY_MILLI);
        dsl.select(SALE_LINE.SKU, DSL.max(SALE_LINE.NAME_ZH), DSL.max(SALE_LINE.NAME_EN), quantity, amount)
                .from(SALE_LINE).join(SALE).on(SALE.ID.eq(SALE_LINE.SALE_ID)).where(ofDay)
                .and(SALE.KIND.eq(SaleKind.SALE.name())).and(SALE_LINE.VOIDED.isFalse()).groupBy(SALE_LINE.SKU)
                .orderBy(amount.desc(), quantity.desc(), SALE_LINE.SKU).limit(TOP)
                .forEach(r -> top.add(new DayReport.TopProduct(r.value1(), r.value2(), r.value3(), n(r.value4()),
                        m(n(r.value5())))));
        return new DayReport(businessDate, terminalCode, sales, returns, m(net), byHour, byCashier, top);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private Money m(long minor) {
        return Money.ofMinor(minor, currency);
    }
}
