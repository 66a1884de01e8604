package dev.opentill.core.cash;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A closed shift's Z report, as stored (append-only), printed, chained and sent to the centre.
 * {@link ZText} gives it one canonical text, which is what the chain hashes and the store keeps,
 * so a reprint shows exactly what was closed.
 */
public record ZReport(Header header, Sales sales, Cash cash, Chain chain) {

    /** Who, where and when: the Z number is gapless per terminal. */
    public record Header(long zNumber, String storeCode, String terminalCode, UUID shiftId, LocalDate businessDate,
            Instant openedAt, String openedBy, Instant closedAt, String closedBy, String approvedBy) {
    }

    /**
     * What was sold: {@code gross} before discounts (sales only), discounts by kind (MANUAL,
     * PROMOTION, TICKET, COUPON), returns as a positive amount, {@code net} = sales - returns,
     * net/tax/gross per tax rate, and stored-value top-ups kept apart from sales.
     */
    public record Sales(String firstReceipt, String lastReceipt, int sales, int returns, Money gross,
            SortedMap<String, Money> discounts, Money returned, int voids, int noSales, Money net,
            List<RateTotal> byRate, Money topUps) {
        public Sales {
            discounts = new TreeMap<>(discounts);
            byRate = List.copyOf(byRate);
        }
    }

    /** Net, tax and gross of one tax rate (basis points). */
    public record RateTotal(int rateBp, Money net, Money tax, Money gross) {
    }

    /**
     * The drawer and the other tenders: the float, safe drops and pickups, pays in and out, each
     * tender's expected / counted / variance, and the reason given for a variance beyond its limit.
     */
    public record Cash(Money openingFloat, Money drops, Money pickups, Money paysIn, Money paysOut,
            List<TenderCount> tenders, String varianceReason) {
        public Cash {
            tenders = List.copyOf(tenders);
        }
    }

    /**
     * The perpetual grand total (all net sales of the terminal, never reset), how many sales and
     * rejected events had not reached the centre at close, the last sale covered (its id and the
     * hash of its audit entry), the previous Z's hash and this one's.
     */
    public record Chain(Money grandTotal, int notAtCentre, int rejected, UUID lastSaleId, String lastSaleHash,
            String previousHash, String hash) {
    }

    /** This report with its hash set. */
    public ZReport withHash(String hash) {
        return new ZReport(header, sales, cash, new Chain(chain.grandTotal(), chain.notAtCentre(), chain.rejected(),
                chain.lastSaleId(), chain.lastSaleHash(), chain.previousHash(), hash));
    }

    /** The tender's line, if the Z has one. */
    public TenderCount tender(String type) {
        return cash.tenders().stream().filter(t -> t.tender().equals(type)).findFirst().orElse(null);
    }

    /** Discounts of every kind together. */
    public Money totalDiscounts() {
        Money sum = Money.zero(sales.net().currency());
        for (Map.Entry<String, Money> e : sales.discounts().entrySet()) {
            sum = sum.plus(e.getValue());
        }
        return sum;
    }
}
