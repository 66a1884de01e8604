package dev.opentill.core.report;

import dev.opentill.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager's figures for one business date at one terminal: sales and returns with their net
 * (totals paid, returns negative), by hour of the day, by cashier, and the products that sold the
 * most. Hours are local hours of the store's zone; a business day that starts after midnight keeps
 * its early-morning hours after the evening ones.
 */
public record DayReport(LocalDate businessDate, String terminalCode, int sales, int returns, Money net,
        List<Hour> byHour, List<ByCashier> byCashier, List<TopProduct> topProducts) {

    public DayReport {
        byHour = List.copyOf(byHour);
        byCashier = List.copyOf(byCashier);
        topProducts = List.copyOf(topProducts);
    }

    /** One hour (0-23) with sales in it: sales and returns counted, their net. */
    public record Hour(int hour, int sales, int returns, Money net) {
    }

    /** One cashier: sales and returns they completed, their net. */
    public record ByCashier(String name, int sales, int returns, Money net) {
    }

    /** A product by what it sold (returns not deducted): quantity in thousandths, amount paid. */
    public record TopProduct(String sku, String nameZh, String nameEn, long quantityMilli, Money amount) {
    }
}
