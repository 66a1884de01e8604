package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.COUPON;
import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.PROMOTION;
import static dev.opentill.store.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.store.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import dev.opentill.core.security.PinHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import java.nio.charset.StandardCharsets;

/**
 * Fills a freshly migrated till store with a demo snack and tea store, the same catalog for the
 * same seed. Products stream from a generator and are inserted as jOOQ batches committed every
 * {@link #CHUNK} products, so a million products need little heap.
 */
public final class DemoStoreGenerator {
    public static final int DEFAULT_PRODUCTS = 3_000;
    public static final long DEFAULT_SEED = 20_261_121L;
    /** Products per transaction. */
    static final int CHUNK = 10_000;
    private static final int PRICE_ID_KIND = 2;

    private static final ZoneOffset STORE_OFFSET = ZoneOffset.ofHours(8);
    private static final List<Field<?>> PRODUCT_COLUMNS = List.of(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME_ZH,
            PRODUCT.NAME_EN, PRODUCT.PINYIN_INITIALS, PRODUCT.CATEGORY_CODE, PRODUCT.TAX_CLASS_CODE,
            PRODUCT.SOLD_BY_WEIGHT, PRODUCT.SCALE_PLU, PRODUCT.BASE_PRICE_MINOR, PRODUCT.QUICK_KEY_ORDER,
            PRODUCT.ACTIVE,
            PRODUCT.UPDATED_AT);
    private static final List<Field<?>> BARCODE_COLUMNS = List.of(PRODUCT_BARCODE.CODE, PRODUCT_BARCODE.PRODUCT_ID);
    private static final List<Field<?>> STOCK_COLUMNS = List.of(STOCK_BALANCE.PRODUCT_ID, STOCK_BALANCE.BALANCE_MILLI,
            STOCK_BALANCE.AS_OF);
    private static final List<Field<?>> PRICE_COLUMNS = List.of(PRICE_ENTRY.ID, PRICE_ENTRY.PRODUCT_ID,
            PRICE_ENTRY.PRICE_MINOR, PRICE_ENTRY.VALID_FROM, PRICE_ENTRY.VALID_TO, PRICE_ENTRY.SOURCE);
    private static final List<Field<?>> MEMBER_COLUMNS = List.of(MEMBER.ID, MEMBER.CARD_NO, MEMBER.PHONE, MEMBER.NAME,
            MEMBER.TIER, MEMBER.POINTS_BALANCE, MEMBER.BALANCE_AS_OF, MEMBER.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;
    private final PinHasher pinHasher;

    public DemoStoreGenerator(DSLContext dsl) {
        this(dsl, Clock.systemUTC(), new PinHasher());
    }

    /** {@code clock} sets "now" for timestamps and price windows; {@code pinHasher} hashes the demo PINs. */
    public DemoStoreGenerator(DSLContext dsl, Clock clock, PinHasher pinHasher) {
        this.dsl = dsl;
        this.clock = clock;
        this.pinHasher = pinHasher;
    }

    /** True if the store has no products yet, so the demo may fill it. */
    public static boolean isEmpty(DSLContext dsl) {
        return !dsl.fetchExists(PRODUCT) && !dsl.fetchExists(TAX_CLASS);
    }

    /** One member for every ten products, at least 200 and at most 50,000. */
    public static int defaultMembers(long products) {
        return (int) Math.min(50_000, Math.max(200, products / 10));
    }

    /** Fills the store with {@code products} products and {@link #defaultMembers} members. */
    public DemoSummary generate(long products, long seed) {
        return generate(products, defaultMembers(products), seed, done -> {
        });
    }

    /**
     * Fills the store with {@code products} products (at least the known ones) and {@code members}
     * members. {@code progress} hears the number of products written after each chunk.
     *
     * @throws IllegalStateException if the store already holds a catalog
     */
    public DemoSummary generate(long products, int members, long seed, LongConsumer progress) {
        if (products < DemoCatalog.PRODUCTS.size() || members < 1) {
            throw new IllegalArgumentException("The demo store needs at least " + DemoCatalog.PRODUCTS.size()
                    + " products and one member, not " + products + " and " + members);
        }
        if (!isEmpty(dsl)) {
            throw new IllegalStateException("The store already holds a catalog; the demo fills only an empty store");
        }
        long started = System.nanoTime();
        OffsetDateTime now = clock.instant().atOffset(STORE_OFFSET).truncatedTo(ChronoUnit.SECONDS);
        ReferenceData.Counts reference = dsl.transactionResult(
                cfg -> ReferenceData.insert(DSL.using(cfg), seed, pinHasher));

        Counts counts = new Counts();
        ProductFactory factory = new ProductFactory(seed);
        for (long done = 0; done < products;) {
            int n = (int) Math.min(CHUNK, products - done);
            dsl.transaction(cfg -> insertProducts(DSL.using(cfg), factory, n, seed, now, counts));
            done += n;
            progress.accept(done);
        }
        dsl.transaction(cfg -> insertDemoOffers(DSL.using(cfg), now));
        MemberFactory memberFactory = new MemberFactory(seed);
        for (int done = 0; done < members;) {
            int n = Math.min(CHUNK, members - done);
            dsl.transaction(cfg -> insertMembers(DSL.using(cfg), memberFactory, n, now));
            done += n;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new DemoSummary(reference.taxClasses(), reference.categories(), products, counts.weighed,
                counts.barcodes, counts.priceEntries, products, reference.cashiers(), members, reference.settings(),
                seed,
                elapsed);
    }

    private static void insertProducts(DSLContext tx, ProductFactory factory, int n, long seed, OffsetDateTime now,
            Counts counts) {
        BatchBindStep productBatch = batch(tx, PRODUCT, PRODUCT_COLUMNS);
        BatchBindStep barcodeBatch = batch(tx, PRODUCT_BARCODE, BARCODE_COLUMNS);
        BatchBindStep stockBatch = batch(tx, STOCK_BALANCE, STOCK_COLUMNS);
        BatchBindStep priceBatch = batch(tx, PRICE_ENTRY, PRICE_COLUMNS);
        int barcodes = 0;
        int prices = 0;
        for (int i = 0; i < n; i++) {
            DemoProduct p = factory.next();
            productBatch.bind(p.id(), p.sku(), p.nameZh(), p.nameEn(), p.pinyinInitials(), p.categoryCode(),
                    p.taxClassCode(), p.soldByWeight(), p.scalePlu(), p.basePriceMinor(), p.quickKeyOrder(), true, now);
            for (String code : p.barcodes()) {
                barcodeBatch.bind(code, p.id());
                barcodes++;
            }
            stockBatch.bind(p.id(), p.stockMilli(), now);
            DemoProduct.PriceWindow w = p.storePrice();
            if (w != null) {
                priceBatch.bind(DemoIds.id(seed, PRICE_ID_KIND, counts.priceEntries + prices), p.id(), w.priceMinor(),
                        now.plusDays(w.fromDays()), now.plusDays(w.toDays()), w.source());
                prices++;
            }
            if (p.soldByWeight()) {
                counts.weighed++;
            }
        }
        productBatch.execute();
        if (barcodes > 0) {
            barcodeBatch.execute();
        }
        stockBatch.execute();
        if (prices > 0) {
            priceBatch.execute();
        }
        counts.barcodes += barcodes;
        counts.priceEntries += prices;
    }

    /** The demo offers: two bottles of water for {@link DemoCatalog#WATER_PAIR_PRICE_MINOR}, a coupon and an order to collect. */
    private static void insertDemoOffers(DSLContext tx, OffsetDateTime now) {
        UUID water = tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(DemoCatalog.WATER.sku()))
                .fetchSingle().value1();
        UUID id = UUID.nameUUIDFromBytes("opentill-demo-promotion-water2".getBytes(StandardCharsets.UTF_8));
        tx.insertInto(PROMOTION).set(PROMOTION.ID, id).set(PROMOTION.CODE, "DEMO-WATER2")
                .set(PROMOTION.NAME_ZH, "矿泉水两瓶特价").set(PROMOTION.NAME_EN, "Water: 2 for 3.00")
                .set(PROMOTION.KIND, "MULTI_BUY").set(PROMOTION.PERCENT_OFF_BP, 0).set(PROMOTION.BUY_QUANTITY, 2)
                .set(PROMOTION.BUNDLE_PRICE_MINOR, DemoCatalog.WATER_PAIR_PRICE_MINOR)
                .set(PROMOTION.VALID_FROM, now.minusDays(1))
                .set(PROMOTION.DAYS, "").set(PROMOTION.UPDATED_AT, now).execute();
        tx.insertInto(PROMOTION_PRODUCT).set(PROMOTION_PRODUCT.PROMOTION_ID, id)
                .set(PROMOTION_PRODUCT.PRODUCT_ID, water)
                .execute();
        // And a coupon to scan: 5.00 off a spend of 30.00 (as if it had come down the feed).
        tx.insertInto(COUPON).set(COUPON.ID, UUID.nameUUIDFromBytes(DemoCatalog.COUPON_CODE.getBytes(
                StandardCharsets.UTF_8))).set(COUPON.CODE, DemoCatalog.COUPON_CODE)
                .set(COUPON.NAME_ZH, "满30减5").set(COUPON.NAME_EN, "5.00 off 30.00").set(COUPON.AMOUNT_OFF_MINOR, 500L)
                .set(COUPON.MIN_SPEND_MINOR, 3000L).set(COUPON.VALID_FROM, now.minusDays(1)).set(COUPON.UPDATED_AT, now)
                .execute();
        // And an order paid online waiting to be collected: two colas, paid 5.00.
        UUID cola = tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(DemoCatalog.COLA.sku())).fetchSingle()
                .value1();
        UUID order = UUID.nameUUIDFromBytes(DemoCatalog.ORDER_NO.getBytes(StandardCharsets.UTF_8));
        tx.insertInto(PICKUP_ORDER).set(PICKUP_ORDER.ID, order).set(PICKUP_ORDER.ORDER_NO, DemoCatalog.ORDER_NO)
                .set(PICKUP_ORDER.CUSTOMER_NAME, "陈静").set(PICKUP_ORDER.CUSTOMER_PHONE, "19900000002")
                .set(PICKUP_ORDER.PAID_MINOR, 500L).set(PICKUP_ORDER.UPDATED_AT, now).execute();
        tx.insertInto(PICKUP_ORDER_LINE).set(PICKUP_ORDER_LINE.ORDER_ID, order).set(PICKUP_ORDER_LINE.LINE_NO, 1)
                .set(PICKUP_ORDER_LINE.PRODUCT_ID, cola).set(PICKUP_ORDER_LINE.SKU, DemoCatalog.COLA.sku())
                .set(PICKUP_ORDER_LINE.QUANTITY_MILLI, 2000L).set(PICKUP_ORDER_LINE.AMOUNT_MINOR, 500L).execute();
    }

    private static void insertMembers(DSLContext tx, MemberFactory factory, int n, OffsetDateTime now) {
        BatchBindStep memberBatch = batch(tx, MEMBER, MEMBER_COLUMNS);
        for (int i = 0; i < n; i++) {
            MemberFactory.Member m = factory.next();
            memberBatch.bind(m.id(), m.cardNo(), m.phone(), m.name(), m.tier(), m.pointsBalance(), now, now);
        }
        memberBatch.execute();
    }

    /** One prepared insert re-bound for every row: the cheapest way through JDBC to H2. */
    private static BatchBindStep batch(DSLContext tx, Table<?> table, List<Field<?>> columns) {
        return tx.batch(tx.insertInto(table, columns).values(new Object[columns.size()]));
    }

    /** Running totals across chunks. */
    private static final class Counts {
        long weighed;
        long barcodes;
        long priceEntries;
    }
}
