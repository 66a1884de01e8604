package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.CATEGORY;
import static dev.opentill.store.jooq.Tables.COUPON;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.catalog.QuickKeyPage;
import dev.opentill.core.sale.Coupon;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Promotion;
import dev.opentill.store.jooq.tables.records.ProductRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Finds products as the till sells them, with the price valid now: among the {@code price_entry}
 * rows whose window covers now, a store-specific one beats a chain-wide one and then the newest
 * wins; with none, the product's base price. Each lookup is an
 * index probe; tax rates are cached (they change only with a catalog sync: call {@link #refresh()}).
 */
public final class CatalogRepository {
    /** {@code price_entry.source} of a store-specific price (else "chain"). */
    public static final String STORE_SOURCE = "store";

    private final DSLContext dsl;
    private final Currency currency;
    private final Clock clock;
    private final Map<String, Integer> taxRates = new ConcurrentHashMap<>();
    /** Promotions are read once and kept until a sync brings changes or {@link #PROMOTIONS_FOR} passes. */
    private static final Duration PROMOTIONS_FOR = Duration.ofSeconds(30);
    private volatile List<Promotion> promotions;
    private volatile Map<UUID, Promotion> promotionsById = Map.of();
    private volatile Instant promotionsReadAt = Instant.MIN;
    private volatile Map<UUID, String> categoryOf = Map.of();

    public CatalogRepository(DSLContext dsl, Currency currency, Clock clock) {
        this.dsl = dsl;
        this.currency = currency;
        this.clock = clock;
    }

    /** Forgets cached tax rates and promotions after the catalog changed. */
    public void refresh() {
        taxRates.clear();
        promotions = null;
    }

    /**
     * Every promotion the till holds (running now or not: the engine checks the time). Kept for
     * {@link #PROMOTIONS_FOR} at most, so a sync agent running in another process is picked up too.
     */
    public List<Promotion> promotions() {
        List<Promotion> cached = promotions;
        Instant now = clock.instant();
        if (cached != null && now.isBefore(promotionsReadAt.plus(PROMOTIONS_FOR))) {
            return cached;
        }
        PromotionReader.Read read = PromotionReader.read(dsl);
        categoryOf = read.categoryOf();
        promotionsById = read.promotions().stream().collect(Collectors.toUnmodifiableMap(Promotion::id, p -> p));
        promotions = read.promotions();
        promotionsReadAt = now;
        return read.promotions();
    }

    /** The category of a product some promotion's category condition may reach, else null. */
    public String categoryOf(UUID product) {
        promotions();
        return categoryOf.get(product);
    }

    /** A promotion the till holds, by id (for naming it on a receipt). */
    public Optional<Promotion> promotion(UUID id) {
        promotions();
        return Optional.ofNullable(promotionsById.get(id));
    }

    /** The coupon with this code, if the till holds it (redeemable or already used here). */
    public Optional<Coupon> coupon(String code) {
        return dsl.selectFrom(COUPON).where(COUPON.CODE.eq(code)).fetchOptional()
                .map(c -> new Coupon(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                        Money.ofMinor(c.getAmountOffMinor(), currency), Money.ofMinor(c.getMinSpendMinor(), currency),
                        c.getValidFrom().toInstant(), c.getValidTo() == null ? null : c.getValidTo().toInstant(),
                        c.getMemberCard(), c.getUsedSaleId()));
    }

    /** The quick-key grid: categories marked as quick keys, each with its products in key order. */
    public List<QuickKeyPage> quickKeyPages() {
        return dsl.selectFrom(CATEGORY).where(CATEGORY.QUICK_KEY.isTrue()).orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(c -> new QuickKeyPage(c.getCode(), c.getNameZh(), c.getNameEn(), quickKeys(c.getCode())));
    }

    /** An order paid online to collect here, with what was paid for each line. */
    public record PickupOrder(UUID id, String orderNo, String customerName, long paidMinor, UUID collectedSaleId,
            List<PickupLine> lines) {
    }

    public record PickupLine(UUID productId, String sku, long quantityMilli, long amountMinor) {
    }

    /** The order with this number, if it is waiting here (or was just collected here). */
    public Optional<PickupOrder> pickupOrder(String orderNo) {
        return dsl.selectFrom(PICKUP_ORDER).where(PICKUP_ORDER.ORDER_NO.eq(orderNo)).fetchOptional()
                .map(o -> new PickupOrder(o.getId(), o.getOrderNo(), o.getCustomerName(), o.getPaidMinor(),
                        o.getCollectedSaleId(), dsl.selectFrom(PICKUP_ORDER_LINE)
                                .where(PICKUP_ORDER_LINE.ORDER_ID.eq(o.getId())).orderBy(PICKUP_ORDER_LINE.LINE_NO)
                                .fetch(l -> new PickupLine(l.getProductId(), l.getSku(), l.getQuantityMilli(),
                                        l.getAmountMinor()))));
    }

    /** The active product with this normalised barcode, or a product whose SKU is this code. */
    public Optional<Product> byCode(String code) {
        ProductRecord p = dsl.select(PRODUCT.fields()).from(PRODUCT_BARCODE).join(PRODUCT)
                .on(PRODUCT.ID.eq(PRODUCT_BARCODE.PRODUCT_ID))
                .where(PRODUCT_BARCODE.CODE.eq(code)).and(PRODUCT.ACTIVE.isTrue()).fetchOneInto(PRODUCT);
        if (p == null) {
            p = dsl.selectFrom(PRODUCT).where(PRODUCT.SKU.eq(code)).and(PRODUCT.ACTIVE.isTrue()).fetchOne();
        }
        return Optional.ofNullable(p).map(this::toProduct);
    }

    /** The active weighed product with this scale PLU (from a scale label). */
    public Optional<Product> byScalePlu(String plu) {
        return Optional
                .ofNullable(dsl.selectFrom(PRODUCT).where(PRODUCT.SCALE_PLU.eq(plu)).and(PRODUCT.ACTIVE.isTrue())
                        .fetchOne())
                .map(this::toProduct);
    }

    public Optional<Product> byId(UUID id) {
        return Optional.ofNullable(dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne()).map(this::toProduct);
    }

    /**
     * Products matching a cashier's search: pinyin initials or SKU prefix, barcode, or a name
     * containing the text. Active products only, ordered by SKU.
     */
    public List<Product> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Condition match = PRODUCT.PINYIN_INITIALS.startsWith(lower)
                .or(PRODUCT.SKU.startsWith(q))
                .or(PRODUCT.ID.in(DSL.select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                        .where(PRODUCT_BARCODE.CODE.eq(q))));
        if (q.codePoints().anyMatch(c -> c > 0x7f) || q.length() >= 3) {
            match = match.or(PRODUCT.NAME_ZH.contains(q)).or(DSL.lower(PRODUCT.NAME_EN).contains(lower));
        }
        List<Product> out = new ArrayList<>();
        dsl.selectFrom(PRODUCT).where(match).and(PRODUCT.ACTIVE.isTrue()).orderBy(PRODUCT.SKU).limit(limit)
                .forEach(r -> out.add(toProduct(r)));
        return out;
    }

    /** Products on the quick-key grid for a category, in their grid order. */
    public List<Product> quickKeys(String categoryCode) {
        List<Product> out = new ArrayList<>();
        // ">= MIN_VALUE" is "IS NOT NULL" for an INT, but H2 serves it from the (category, order) index.
        dsl.selectFrom(PRODUCT).where(PRODUCT.CATEGORY_CODE.eq(categoryCode))
                .and(PRODUCT.QUICK_KEY_ORDER.ge(Integer.MIN_VALUE)).and(PRODUCT.ACTIVE.isTrue())
                .orderBy(PRODUCT.QUICK_KEY_ORDER).forEach(r -> out.add(toProduct(r)));
        return out;
    }

    private Product toProduct(ProductRecord r) {
        int rate = taxRates.computeIfAbsent(r.getTaxClassCode(),
                code -> dsl.select(TAX_CLASS.RATE_BP).from(TAX_CLASS).where(TAX_CLASS.CODE.eq(code))
                        .fetchOptional(TAX_CLASS.RATE_BP)
                        .orElseThrow(() -> new IllegalStateException(
                                "Product " + r.getSku() + " has unknown tax class " + code)));
        return new Product(r.getId(), r.getSku(), r.getNameZh(), r.getNameEn(), r.getCategoryCode(),
                r.getTaxClassCode(), rate,
                Money.ofMinor(currentPrice(r), currency), r.getSoldByWeight(), r.getScalePlu());
    }

    private long currentPrice(ProductRecord r) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Record price = dsl.select(PRICE_ENTRY.PRICE_MINOR).from(PRICE_ENTRY)
                .where(PRICE_ENTRY.PRODUCT_ID.eq(r.getId()))
                .and(PRICE_ENTRY.VALID_FROM.le(now))
                .and(PRICE_ENTRY.VALID_TO.isNull().or(PRICE_ENTRY.VALID_TO.gt(now)))
                .orderBy(DSL.when(DSL.lower(PRICE_ENTRY.SOURCE).eq(STORE_SOURCE), 0).otherwise(1),
                        PRICE_ENTRY.VALID_FROM.desc())
                .limit(1).fetchOne();
        return price == null ? r.getBasePriceMinor() : price.get(PRICE_ENTRY.PRICE_MINOR);
    }
}
