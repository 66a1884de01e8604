package dev.opentill.central.admin;

import java.time.Instant;
import java.util.List;

/** Rows of the admin bulk imports, in JSON or CSV (see openapi.yaml for the CSV columns). */
public final class ImportRecords {
    private ImportRecords() {
    }

    public record ProductRow(String sku, String nameZh, String nameEn, String categoryCode, String taxClassCode,
            long basePriceMinor, List<String> barcodes, boolean soldByWeight, String scalePlu, Boolean active) {
    }

    /** {@code storeCode} null or blank is a chain price; otherwise that store's override. */
    public record PriceRow(String sku, String storeCode, long priceMinor, Instant validFrom, Instant validTo) {
    }

    public record MemberRow(String cardNo, String phone, String name, String tier) {
    }

    public record TaxClassRow(String code, String nameZh, String nameEn, int rateBp) {
    }

    public record CategoryRow(String code, String nameZh, String nameEn, String parentCode, int sortOrder) {
    }

    /**
     * A promotion by code: {@code kind} PERCENT_OFF (with {@code percentOffBp}) or MULTI_BUY (with
     * {@code buyQuantity} and {@code bundlePriceMinor}); {@code storeCode} blank for every store;
     * {@code days} MON..SUN (empty for every day); {@code dailyFrom}/{@code dailyTo} as HH:mm or
     * both absent; {@code skus} the products it covers; {@code active} false ends it.
     */
    public record PromotionRow(String code, String nameZh, String nameEn, String kind, int percentOffBp,
            int buyQuantity, long bundlePriceMinor, String storeCode, Instant validFrom, Instant validTo,
            List<String> days, String dailyFrom, String dailyTo, List<String> skus, Boolean active) {
    }

    /**
     * A single-use coupon by code: {@code amountOffMinor} off a ticket of at least
     * {@code minSpendMinor}; {@code memberCard} set binds it to that member; {@code storeCode} blank
     * for every store; {@code active} false withdraws it.
     */
    public record CouponRow(String code, String nameZh, String nameEn, long amountOffMinor, long minSpendMinor,
            String memberCard, String storeCode, Instant validFrom, Instant validTo, Boolean active) {
    }

    /** An order paid online to collect in {@code storeCode}; each line carries what was paid for it. */
    public record PickupOrderRow(String orderNo, String storeCode, String customerName, String customerPhone,
            List<PickupLineRow> lines) {
    }

    public record PickupLineRow(String sku, long quantityMilli, long amountMinor) {
    }

    public record StockLine(String sku, long quantityMilli) {
    }

    public record StockReceipt(String reference, List<StockLine> lines) {
    }

    /** Goods moved between two stores: each line leaves {@code fromStore} and arrives in {@code toStore}. */
    public record StockTransfer(String reference, String fromStore, String toStore, List<StockLine> lines) {
    }

    /**
     * A correction of a store's stock with signed quantities: {@code reason} is count (a stock
     * take), damage, expiry, theft, vendor_return or other.
     */
    public record StockAdjustment(String reference, String reason, List<StockLine> lines) {
        public static final List<String> REASONS = List.of("count", "damage", "expiry", "theft", "vendor_return",
                "other");
    }

    /** What an import did; {@code changed} rows were created or updated. */
    public record ImportResult(int changed) {
    }
}
