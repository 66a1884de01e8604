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
     * A promotion by code. {@code kind} is PERCENT_OFF ({@code percentOffBp}), MULTI_BUY
     * ({@code buyQuantity} pieces for {@code bundlePriceMinor}), AMOUNT_OFF ({@code amountOffMinor}
     * off each piece), BUY_X_GET_Y (buy {@code buyQuantity}, get {@code getQuantity} at
     * {@code percentOffBp} off, 10000 = free; the cheapest, or {@code getSku}'s pieces), NTH_ITEM
     * (every {@code buyQuantity}th piece at {@code percentOffBp} off), SPEND_THRESHOLD
     * ({@code tiers}, on the whole ticket when {@code onTicket}, else on the matching items),
     * MEMBER_PRICE ({@code memberPrices}; members only) or COMBO_PRICE (one piece of each of
     * {@code comboSlots} for {@code bundlePriceMinor}). The scope is {@code skus} and
     * {@code categories}; {@code storeCode} blank for every store; {@code days} MON..SUN (empty for
     * every day); {@code dailyFrom}/{@code dailyTo} as HH:mm or both absent; {@code channels}
     * COUNTER, PICKUP, DELIVERY (empty for all); limits and stacking as in
     * {@code dev.opentill.core.promo}; {@code withOthers} and {@code withCoupons} default to true;
     * {@code active} false ends it. A field the kind does not read must be left out.
     */
    public record PromotionRow(String code, String nameZh, String nameEn, String kind, int percentOffBp,
            int buyQuantity, long bundlePriceMinor, String storeCode, Instant validFrom, Instant validTo,
            List<String> days, String dailyFrom, String dailyTo, List<String> skus, Boolean active,
            long amountOffMinor, int getQuantity, String getSku, List<TierRow> tiers, boolean onTicket,
            List<SkuPriceRow> memberPrices, List<List<String>> comboSlots, List<String> categories, int minQuantity,
            long minSpendMinor, boolean spendOnTicket, boolean memberOnly, List<String> channels, int usesPerTicket,
            long capMinor, int perMemberPerDay, long budgetMinor, long totalUses, Boolean withOthers,
            Boolean withCoupons, String exclusiveGroup, int priority) {

        /** A promotion of the first table's kinds (PERCENT_OFF, MULTI_BUY) with no other terms. */
        public PromotionRow(String code, String nameZh, String nameEn, String kind, int percentOffBp,
                int buyQuantity, long bundlePriceMinor, String storeCode, Instant validFrom, Instant validTo,
                List<String> days, String dailyFrom, String dailyTo, List<String> skus, Boolean active) {
            this(code, nameZh, nameEn, kind, percentOffBp, buyQuantity, bundlePriceMinor, storeCode, validFrom,
                    validTo, days, dailyFrom, dailyTo, skus, active, 0, 0, null, null, false, null, null, null, 0, 0,
                    false, false, null, 0, 0, 0, 0, 0, null, null, null, 0);
        }
    }

    /** One step of a spend threshold: spend at least {@code spendMinor}, get {@code offMinor} off. */
    public record TierRow(long spendMinor, long offMinor) {
    }

    /** A product's price under a member-price promotion. */
    public record SkuPriceRow(String sku, long priceMinor) {
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

    /**
     * A made-to-order menu import (issue 14): option groups by code (their options replaced by the
     * row's), products' option groups by SKU (replaced; an empty list takes them all off), combos
     * by code. Any part may be left out; the import applies whole or not at all.
     */
    public record MenuRows(List<OptionGroupRow> groups, List<ProductGroupsRow> products, List<ComboRow> combos) {
    }

    /** A group of options: the cashier makes {@code minChoices} to {@code maxChoices} choices in it. */
    public record OptionGroupRow(String code, String nameZh, String nameEn, int minChoices, int maxChoices,
            List<OptionRow> options) {
    }

    /** An option: its price difference per cup (up, down or zero), and the SKU of the stock it uses, if any. */
    public record OptionRow(String code, String nameZh, String nameEn, long priceDeltaMinor, boolean byDefault,
            boolean stackable, String stockSku) {
    }

    public record ProductGroupsRow(String sku, List<String> groups) {
    }

    /** A combo at a fixed price; {@code active} false stops it (absent: active). */
    public record ComboRow(String code, String nameZh, String nameEn, long priceMinor, Boolean active,
            List<ComboSlotRow> slots) {
    }

    public record ComboSlotRow(String code, String nameZh, String nameEn, List<SlotProductRow> products) {
    }

    public record SlotProductRow(String sku, long upchargeMinor) {
    }
}
