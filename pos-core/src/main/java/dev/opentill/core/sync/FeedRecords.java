package dev.opentill.core.sync;

import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.receipt.InvoiceLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the centre's change feed carries down to a till. Every entry is the latest state of one
 * thing, so applying an entry twice is harmless. A feed page is
 * {@code {"entries":[Entry...], "position":n, "more":bool, "serverTime":t}}.
 */
public final class FeedRecords {
    public static final String TAX_CLASS = "tax_class";
    public static final String CATEGORY = "category";
    public static final String PRODUCT = "product";
    public static final String MEMBER = "member";
    public static final String STOCK = "stock";
    public static final String PROMOTION = "promotion";
    public static final String COUPON = "coupon";
    public static final String PICKUP_ORDER = "pickup_order";
    public static final String STAFF = "staff";
    /** The receiving store's receipt logo; the entry's key is the store's id. */
    public static final String STORE_LOGO = "store_logo";
    /** The chain's electronic-invoice QR settings with the reading terminal's own signing key. */
    public static final String INVOICE = "invoice";
    /** The chain's whole made-to-order menu (option groups, product links, combos); the key is {@link #MENU_KEY}. */
    public static final String MENU = "menu";
    public static final String MENU_KEY = "chain";
    /** A product or option sold out (or back) in the receiving store on a business day; key: the item key. */
    public static final String SOLD_OUT = "sold_out";
    /** A delivery-platform order of the receiving store, as it now stands; key: the order's id. */
    public static final String DELIVERY_ORDER = "delivery_order";

    private FeedRecords() {
    }

    /** One change; exactly one of the payload fields matching {@code type} is set. */
    public record Entry(long seq, String type, TaxClass taxClass, Category category, Product product, Member member,
            Stock stock, Promotion promotion, Coupon coupon, PickupOrder pickupOrder, Staff staff,
            StoreLogo storeLogo, Invoice invoice, Menu menu, SoldOutItem soldOut, DeliveryOrder deliveryOrder) {
        /** An entry of anything but the menu, a sold-out mark or a delivery order. */
        public Entry(long seq, String type, TaxClass taxClass, Category category, Product product, Member member,
                Stock stock, Promotion promotion, Coupon coupon, PickupOrder pickupOrder, Staff staff,
                StoreLogo storeLogo, Invoice invoice) {
            this(seq, type, taxClass, category, product, member, stock, promotion, coupon, pickupOrder, staff,
                    storeLogo, invoice, null, null, null);
        }

        /** An entry of anything but staff, a logo or the invoice settings. */
        public Entry(long seq, String type, TaxClass taxClass, Category category, Product product, Member member,
                Stock stock, Promotion promotion, Coupon coupon, PickupOrder pickupOrder) {
            this(seq, type, taxClass, category, product, member, stock, promotion, coupon, pickupOrder, null);
        }

        /** An entry of anything but a logo or the invoice settings. */
        public Entry(long seq, String type, TaxClass taxClass, Category category, Product product, Member member,
                Stock stock, Promotion promotion, Coupon coupon, PickupOrder pickupOrder, Staff staff) {
            this(seq, type, taxClass, category, product, member, stock, promotion, coupon, pickupOrder, staff, null,
                    null);
        }

        public static Entry of(long seq, Staff staff) {
            return new Entry(seq, STAFF, null, null, null, null, null, null, null, null, staff);
        }

        public static Entry of(long seq, StoreLogo logo) {
            return new Entry(seq, STORE_LOGO, null, null, null, null, null, null, null, null, null, logo, null);
        }

        public static Entry of(long seq, Invoice invoice) {
            return new Entry(seq, INVOICE, null, null, null, null, null, null, null, null, null, null, invoice);
        }

        public static Entry of(long seq, Menu menu) {
            return new Entry(seq, MENU, null, null, null, null, null, null, null, null, null, null, null, menu, null,
                    null);
        }

        public static Entry of(long seq, DeliveryOrder order) {
            return new Entry(seq, DELIVERY_ORDER, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, order);
        }

        public static Entry of(long seq, SoldOutItem soldOut) {
            return new Entry(seq, SOLD_OUT, null, null, null, null, null, null, null, null, null, null, null, null,
                    soldOut, null);
        }
    }

    public record TaxClass(String code, String nameZh, String nameEn, int rateBp) {
    }

    public record Category(String code, String nameZh, String nameEn, String parentCode, int sortOrder) {
    }

    /** A product with all its barcodes and the prices that apply to the receiving store. */
    public record Product(UUID id, String sku, String nameZh, String nameEn, String pinyinInitials,
            String categoryCode, String taxClassCode, boolean soldByWeight, String scalePlu, long basePriceMinor,
            boolean active, Instant updatedAt, List<String> barcodes, List<Price> prices) {
    }

    /** {@code source} is {@code chain} or {@code store}; a store price overrides the chain's in its window. */
    public record Price(UUID id, long priceMinor, Instant validFrom, Instant validTo, String source) {
        public static final String CHAIN = "chain";
        public static final String STORE = "store";
    }

    /** The centre's points balance, the sum of every ledger entry it had folded in at {@code asOf}. */
    public record Member(UUID id, String cardNo, String phone, String name, String tier, long pointsBalance,
            Instant asOf, Instant updatedAt) {
    }

    /** The centre's stock balance for the store, the sum of every ledger entry folded in at {@code asOf}. */
    public record Stock(UUID productId, long balanceMilli, Instant asOf) {
    }

    /**
     * A promotion as it applies to the receiving store (see {@code dev.opentill.core.promo.Promotion}):
     * {@code kind} PERCENT_OFF or MULTI_BUY, {@code days} MON..SUN (empty = every day),
     * {@code dailyFrom}/{@code dailyTo} as HH:mm in the store's time zone (null = all day).
     * {@code active} false means the till must drop it: ended by the back office, or now for
     * another store. {@code rules}, when present, are the whole terms (any reward the engine
     * knows, conditions, limits, stacking) and {@code kind} with its three numbers are ignored.
     */
    public record Promotion(UUID id, String code, String nameZh, String nameEn, String kind, int percentOffBp,
            int buyQuantity, long bundlePriceMinor, Instant validFrom, Instant validTo, List<String> days,
            String dailyFrom, String dailyTo, boolean active, List<UUID> productIds, Instant updatedAt,
            PromotionRules rules) {
        /** A promotion of the first table's kinds only (no rules). */
        public Promotion(UUID id, String code, String nameZh, String nameEn, String kind, int percentOffBp,
                int buyQuantity, long bundlePriceMinor, Instant validFrom, Instant validTo, List<String> days,
                String dailyFrom, String dailyTo, boolean active, List<UUID> productIds, Instant updatedAt) {
            this(id, code, nameZh, nameEn, kind, percentOffBp, buyQuantity, bundlePriceMinor, validFrom, validTo, days,
                    dailyFrom, dailyTo, active, productIds, updatedAt, null);
        }
    }

    /**
     * A single-use coupon the receiving store's tills may redeem: {@code amountOffMinor} off a
     * ticket of at least {@code minSpendMinor}, only for {@code memberCard} when set.
     * {@code usable} false (redeemed, ended, or now another store's) means the till must drop it.
     */
    public record Coupon(UUID id, String code, String nameZh, String nameEn, long amountOffMinor, long minSpendMinor,
            String memberCard, Instant validFrom, Instant validTo, boolean usable, Instant updatedAt) {
    }

    /**
     * An order paid online ({@code paidMinor}) to collect in the receiving store; {@code ready}
     * false (collected, cancelled) means the till must drop it.
     */
    public record PickupOrder(UUID id, String orderNo, String customerName, String customerPhone, long paidMinor,
            List<PickupLine> lines, boolean ready, Instant updatedAt) {
    }

    /** {@code amountMinor}: what the customer paid for this line. */
    public record PickupLine(int lineNo, UUID productId, String sku, long quantityMilli, long amountMinor) {
    }

    /**
     * A person who may log in at the receiving store's tills. {@code pinHash} is a
     * {@code PinHasher} hash (algorithm, iterations, salt and hash; never the PIN). {@code role}
     * is CASHIER, SUPERVISOR, MANAGER or TECHNICIAN. {@code enabled} false (disabled, left, or no
     * longer working in this store) means the till must refuse their login. {@code pinSetAt}
     * orders PIN changes made at the centre and at tills: the later one wins.
     */
    public record Staff(UUID id, String code, String name, String role, boolean enabled, String pinHash,
            boolean temporaryPin, Instant pinSetAt, int maxDiscountBp, Instant updatedAt) {
    }

    /**
     * The store's receipt logo as uploaded (PNG, JPEG, GIF or BMP, checked by the centre), or
     * {@code image} null when the store's logo was removed. {@code sha256} (hex) names the content.
     */
    public record StoreLogo(byte[] image, String sha256, Instant updatedAt) {
    }

    /**
     * The chain's electronic-invoice QR: when {@code enabled}, receipts carry {@code urlTemplate}
     * filled in and signed with {@code terminalKey} (hex), a key the centre derived for the reading
     * terminal alone (see {@link InvoiceLink}).
     */
    public record Invoice(boolean enabled, String urlTemplate, String terminalKey, Instant updatedAt) {
    }

    /**
     * The chain's whole made-to-order menu as the centre holds it: the till replaces its own with
     * it. Sent as one entry so a till never holds a product linked to a group it has not received.
     */
    public record Menu(List<MenuGroup> groups, List<MenuLink> links, List<MenuCombo> combos, Instant updatedAt) {
    }

    /** An option group with its options in the order the picker shows them. */
    public record MenuGroup(String code, String nameZh, String nameEn, int minChoices, int maxChoices,
            List<MenuItem> options) {
    }

    /** An option: {@code priceDeltaMinor} per unit, up or down; {@code stockSku} null when it consumes no stock. */
    public record MenuItem(String code, String nameZh, String nameEn, long priceDeltaMinor, boolean byDefault,
            boolean stackable, String stockSku) {
    }

    /** A product's option groups, in order. */
    public record MenuLink(UUID productId, List<String> groups) {
    }

    /** A combo at a fixed price; {@code active} false means the till must stop selling it. */
    public record MenuCombo(UUID id, String code, String nameZh, String nameEn, long priceMinor, boolean active,
            List<MenuSlot> slots) {
    }

    public record MenuSlot(String code, String nameZh, String nameEn, List<MenuSlotProduct> products) {
    }

    public record MenuSlotProduct(UUID productId, long upchargeMinor) {
    }

    /**
     * The latest mark of one item in the receiving store on {@code businessDay}: sold out, or
     * available again. {@code markedAt} orders marks from different tills: the later one wins.
     */
    public record SoldOutItem(String itemKey, LocalDate businessDay, boolean soldOut, Instant markedAt) {
    }
}
