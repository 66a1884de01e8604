package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.CATEGORY;
import static dev.opentill.store.jooq.Tables.COUPON;
import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PROMOTION;
import static dev.opentill.store.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.store.jooq.Tables.SYNC_CURSOR;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.FeedRecords.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Applies one feed page in one till transaction, parsing the stream as it arrives and writing
 * in small batches, so a large page is never held in memory. The cursor moves in the same
 * transaction; a page cut short (connection lost, till killed) leaves nothing behind.
 */
public final class FeedApplier {
    public static final String FEED = "central";
    private static final int FLUSH = 1000;

    /** The page's end: the new cursor and whether more entries wait. */
    public record Page(int entries, long position, boolean more, Instant serverTime) {
    }

    private final DSLContext till;
    private final ObjectMapper mapper;
    // Staff entries (hashes, roles, enabled) go to the cashier table through StaffApplier.

    public FeedApplier(DSLContext till, ObjectMapper mapper) {
        this.till = till;
        this.mapper = mapper;
    }

    public long cursor() {
        return till.select(SYNC_CURSOR.POSITION).from(SYNC_CURSOR).where(SYNC_CURSOR.FEED.eq(FEED))
                .fetchOptional(SYNC_CURSOR.POSITION).orElse(0L);
    }

    /**
     * Reads and applies a page from {@code in}; throws (and rolls back) if the page is incomplete.
     * A broken connection comes out as the {@link IOException} it is, not as jOOQ's "Rollback
     * caused" wrapper, so the agent reports a network interruption and pulls the page again.
     */
    public Page apply(InputStream in) throws IOException {
        try {
            return applyInTransaction(in);
        } catch (DataAccessException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private Page applyInTransaction(InputStream in) {
        return till.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            try (JsonParser p = mapper.getFactory().createParser(in)) {
                expect(p.nextToken(), JsonToken.START_OBJECT);
                List<Entry> buffer = new ArrayList<>(FLUSH);
                int count = 0;
                Long position = null;
                Boolean more = null;
                Instant serverTime = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "entries" -> {
                            expect(p.currentToken(), JsonToken.START_ARRAY);
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                buffer.add(mapper.readValue(p, Entry.class));
                                count++;
                                if (buffer.size() >= FLUSH) {
                                    flush(tx, buffer);
                                }
                            }
                            flush(tx, buffer);
                        }
                        case "position" -> position = p.getLongValue();
                        case "more" -> more = p.getBooleanValue();
                        case "serverTime" -> serverTime = Instant.parse(p.getText());
                        default -> p.skipChildren();
                    }
                }
                if (position == null || more == null) {
                    throw new IOException("The feed page ended early");
                }
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                tx.insertInto(SYNC_CURSOR).set(SYNC_CURSOR.FEED, FEED).set(SYNC_CURSOR.POSITION, position)
                        .set(SYNC_CURSOR.UPDATED_AT, now).onDuplicateKeyUpdate()
                        .set(SYNC_CURSOR.POSITION, position).set(SYNC_CURSOR.UPDATED_AT, now).execute();
                return new Page(count, position, more, serverTime);
            }
        });
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Unexpected feed format: " + actual + " where " + expected + " was expected");
        }
    }

    /** Applies buffered entries grouped by kind: tax classes and categories before the products using them. */
    private void flush(DSLContext tx, List<Entry> buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        List<FeedRecords.TaxClass> taxes = new ArrayList<>();
        List<FeedRecords.Category> categories = new ArrayList<>();
        List<FeedRecords.Product> products = new ArrayList<>();
        List<FeedRecords.Member> members = new ArrayList<>();
        List<FeedRecords.Stock> stock = new ArrayList<>();
        List<FeedRecords.Promotion> promotions = new ArrayList<>();
        List<FeedRecords.Coupon> coupons = new ArrayList<>();
        List<FeedRecords.PickupOrder> orders = new ArrayList<>();
        List<FeedRecords.Staff> staff = new ArrayList<>();
        List<FeedRecords.StoreLogo> logos = new ArrayList<>();
        List<FeedRecords.Invoice> invoices = new ArrayList<>();
        List<FeedRecords.Menu> menus = new ArrayList<>();
        List<FeedRecords.SoldOutItem> soldOut = new ArrayList<>();
        List<DeliveryOrder> deliveries = new ArrayList<>();
        for (Entry e : buffer) {
            if (e.taxClass() != null) {
                taxes.add(e.taxClass());
            } else if (e.category() != null) {
                categories.add(e.category());
            } else if (e.product() != null) {
                products.add(e.product());
            } else if (e.member() != null) {
                members.add(e.member());
            } else if (e.stock() != null) {
                stock.add(e.stock());
            } else if (e.promotion() != null) {
                promotions.add(e.promotion());
            } else if (e.coupon() != null) {
                coupons.add(e.coupon());
            } else if (e.pickupOrder() != null) {
                orders.add(e.pickupOrder());
            } else if (e.staff() != null) {
                staff.add(e.staff());
            } else if (e.storeLogo() != null) {
                logos.add(e.storeLogo());
            } else if (e.invoice() != null) {
                invoices.add(e.invoice());
            } else if (e.menu() != null) {
                menus.add(e.menu());
            } else if (e.soldOut() != null) {
                soldOut.add(e.soldOut());
            } else if (e.deliveryOrder() != null) {
                deliveries.add(e.deliveryOrder());
            }
        }
        buffer.clear();
        if (!taxes.isEmpty()) {
            BatchBindStep b = tx.batch(tx.mergeInto(TAX_CLASS).columns(TAX_CLASS.CODE, TAX_CLASS.NAME_ZH,
                    TAX_CLASS.NAME_EN, TAX_CLASS.RATE_BP).key(TAX_CLASS.CODE).values((String) null, null, null, 0));
            taxes.forEach(t -> b.bind(t.code(), t.nameZh(), t.nameEn(), t.rateBp()));
            b.execute();
        }
        applyCategories(tx, categories);
        applyProducts(tx, products);
        if (!members.isEmpty()) {
            BatchBindStep b = tx.batch(tx.mergeInto(MEMBER).columns(MEMBER.ID, MEMBER.CARD_NO, MEMBER.PHONE,
                    MEMBER.NAME, MEMBER.TIER, MEMBER.POINTS_BALANCE, MEMBER.BALANCE_AS_OF, MEMBER.UPDATED_AT)
                    .key(MEMBER.ID).values((UUID) null, null, null, null, null, 0L, null, null));
            members.forEach(m -> b.bind(m.id(), m.cardNo(), m.phone(), m.name(), m.tier(), m.pointsBalance(),
                    utc(m.asOf()), utc(m.updatedAt())));
            b.execute();
        }
        if (!stock.isEmpty()) {
            BatchBindStep b = tx.batch(tx.mergeInto(STOCK_BALANCE).columns(STOCK_BALANCE.PRODUCT_ID,
                    STOCK_BALANCE.BALANCE_MILLI, STOCK_BALANCE.AS_OF).key(STOCK_BALANCE.PRODUCT_ID)
                    .values((UUID) null, 0L, null));
            stock.forEach(s -> b.bind(s.productId(), s.balanceMilli(), utc(s.asOf())));
            b.execute();
        }
        applyPromotions(tx, promotions);
        applyCoupons(tx, coupons);
        PickupOrderApplier.apply(tx, orders);
        StaffApplier.apply(tx, staff);
        ReceiptAssetsApplier.applyLogos(tx, logos);
        ReceiptAssetsApplier.applyInvoices(tx, invoices);
        MenuApplier.apply(tx, menus);
        SoldOutApplier.apply(tx, soldOut);
        DeliveryApplier.apply(tx, deliveries, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * The later entry of a coupon wins; one no longer usable (redeemed anywhere, withdrawn, or for
     * another store) is removed, and a usable one keeps this till's own mark that it used it.
     */
    private void applyCoupons(DSLContext tx, List<FeedRecords.Coupon> all) {
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, FeedRecords.Coupon> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<UUID> gone = byId.values().stream().filter(c -> !c.usable()).map(FeedRecords.Coupon::id).toList();
        if (!gone.isEmpty()) {
            tx.deleteFrom(COUPON).where(COUPON.ID.in(gone)).execute();
        }
        List<FeedRecords.Coupon> usable = byId.values().stream().filter(FeedRecords.Coupon::usable).toList();
        if (usable.isEmpty()) {
            return;
        }
        BatchBindStep b = tx.batch(tx.mergeInto(COUPON).columns(COUPON.ID, COUPON.CODE, COUPON.NAME_ZH, COUPON.NAME_EN,
                COUPON.AMOUNT_OFF_MINOR, COUPON.MIN_SPEND_MINOR, COUPON.MEMBER_CARD, COUPON.VALID_FROM, COUPON.VALID_TO,
                COUPON.UPDATED_AT).key(COUPON.ID)
                .values((UUID) null, null, null, null, 0L, 0L, null, null, null, null));
        usable.forEach(c -> b.bind(c.id(), c.code(), c.nameZh(), c.nameEn(), c.amountOffMinor(), c.minSpendMinor(),
                c.memberCard(), utc(c.validFrom()), utc(c.validTo()), utc(c.updatedAt())));
        b.execute();
    }

    /** The later entry of a promotion wins; an inactive one (ended, or now another store's) is removed. */
    private void applyPromotions(DSLContext tx, List<FeedRecords.Promotion> all) {
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, FeedRecords.Promotion> byId = new LinkedHashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        List<UUID> ids = new ArrayList<>(byId.keySet());
        tx.deleteFrom(PROMOTION_PRODUCT).where(PROMOTION_PRODUCT.PROMOTION_ID.in(ids)).execute();
        tx.deleteFrom(PROMOTION).where(PROMOTION.ID.in(ids)).execute();
        List<FeedRecords.Promotion> active = byId.values().stream().filter(FeedRecords.Promotion::active).toList();
        if (active.isEmpty()) {
            return;
        }
        BatchBindStep b = tx.batch(tx.insertInto(PROMOTION, PROMOTION.ID, PROMOTION.CODE, PROMOTION.NAME_ZH,
                PROMOTION.NAME_EN, PROMOTION.KIND, PROMOTION.PERCENT_OFF_BP, PROMOTION.BUY_QUANTITY,
                PROMOTION.BUNDLE_PRICE_MINOR, PROMOTION.VALID_FROM, PROMOTION.VALID_TO, PROMOTION.DAYS,
                PROMOTION.DAILY_FROM, PROMOTION.DAILY_TO, PROMOTION.UPDATED_AT, PROMOTION.RULES)
                .values((UUID) null, null, null, null, null, 0, 0, 0L, null, null, null, null, null, null, null));
        BatchBindStep products = tx.batch(tx.insertInto(PROMOTION_PRODUCT, PROMOTION_PRODUCT.PROMOTION_ID,
                PROMOTION_PRODUCT.PRODUCT_ID).values((UUID) null, null));
        int links = 0;
        for (FeedRecords.Promotion p : active) {
            b.bind(p.id(), p.code(), p.nameZh(), p.nameEn(), p.kind(), p.percentOffBp(), p.buyQuantity(),
                    p.bundlePriceMinor(), utc(p.validFrom()), utc(p.validTo()), String.join(",", p.days()),
                    p.dailyFrom() == null ? null : LocalTime.parse(p.dailyFrom()),
                    p.dailyTo() == null ? null : LocalTime.parse(p.dailyTo()), utc(p.updatedAt()),
                    p.rules() == null ? null : json(p.rules()));
            for (UUID product : new LinkedHashSet<>(p.productIds())) {
                products.bind(p.id(), product);
                links++;
            }
        }
        b.execute();
        if (links > 0) {
            products.execute();
        }
    }

    /** A promotion's rules as the till keeps them: the feed's JSON again. */
    private String json(Object rules) {
        try {
            return mapper.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void applyCategories(DSLContext tx, List<FeedRecords.Category> categories) {
        if (categories.isEmpty()) {
            return;
        }
        // Parents are set in a second pass, and only to categories the till has, so order never matters.
        BatchBindStep b = tx.batch(tx.mergeInto(CATEGORY).columns(CATEGORY.CODE, CATEGORY.NAME_ZH, CATEGORY.NAME_EN,
                CATEGORY.SORT_ORDER).key(CATEGORY.CODE).values((String) null, null, null, 0));
        categories.forEach(c -> b.bind(c.code(), c.nameZh(), c.nameEn(), c.sortOrder()));
        b.execute();
        Set<String> known = new HashSet<>(tx.select(CATEGORY.CODE).from(CATEGORY).fetch(CATEGORY.CODE));
        for (FeedRecords.Category c : categories) {
            String parent = c.parentCode() != null && known.contains(c.parentCode()) ? c.parentCode() : null;
            tx.update(CATEGORY).set(CATEGORY.PARENT_CODE, parent).where(CATEGORY.CODE.eq(c.code())).execute();
        }
    }

    private void applyProducts(DSLContext tx, List<FeedRecords.Product> all) {
        if (all.isEmpty()) {
            return;
        }
        // The same product may appear twice in a page and a barcode may have moved: the later entry wins.
        Map<UUID, FeedRecords.Product> byId = new LinkedHashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        List<FeedRecords.Product> products = new ArrayList<>(byId.values());
        Map<String, UUID> barcodeOwner = new LinkedHashMap<>();
        products.forEach(p -> p.barcodes().forEach(code -> barcodeOwner.put(code, p.id())));
        List<UUID> ids = new ArrayList<>(byId.keySet());
        List<String> codes = new ArrayList<>(barcodeOwner.keySet());
        tx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.PRODUCT_ID.in(ids)).execute();
        if (!codes.isEmpty()) {
            tx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.CODE.in(codes)).execute();
        }
        tx.deleteFrom(PRICE_ENTRY).where(PRICE_ENTRY.PRODUCT_ID.in(ids)).execute();
        Set<String> categories = new HashSet<>(tx.select(CATEGORY.CODE).from(CATEGORY).fetch(CATEGORY.CODE));
        BatchBindStep b = tx.batch(tx.mergeInto(PRODUCT).columns(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME_ZH,
                PRODUCT.NAME_EN, PRODUCT.PINYIN_INITIALS, PRODUCT.CATEGORY_CODE, PRODUCT.TAX_CLASS_CODE,
                PRODUCT.SOLD_BY_WEIGHT, PRODUCT.SCALE_PLU, PRODUCT.BASE_PRICE_MINOR, PRODUCT.ACTIVE, PRODUCT.UPDATED_AT)
                .key(PRODUCT.ID).values((UUID) null, null, null, null, null, null, null, false, null, 0L, true, null));
        for (FeedRecords.Product p : products) {
            String category = p.categoryCode() != null && categories.contains(p.categoryCode())
                    ? p.categoryCode()
                    : null;
            b.bind(p.id(), p.sku(), p.nameZh(), p.nameEn(), p.pinyinInitials() == null ? "" : p.pinyinInitials(),
                    category, p.taxClassCode(), p.soldByWeight(), p.scalePlu(), p.basePriceMinor(), p.active(),
                    utc(p.updatedAt()));
        }
        b.execute();
        if (!codes.isEmpty()) {
            BatchBindStep bc = tx.batch(tx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.CODE, PRODUCT_BARCODE.PRODUCT_ID)
                    .values((String) null, null));
            barcodeOwner.forEach(bc::bind);
            bc.execute();
        }
        if (products.stream().anyMatch(p -> !p.prices().isEmpty())) {
            BatchBindStep bp = tx.batch(tx.insertInto(PRICE_ENTRY, PRICE_ENTRY.ID, PRICE_ENTRY.PRODUCT_ID,
                    PRICE_ENTRY.PRICE_MINOR, PRICE_ENTRY.VALID_FROM, PRICE_ENTRY.VALID_TO, PRICE_ENTRY.SOURCE)
                    .values((UUID) null, null, 0L, null, null, null));
            products.forEach(p -> p.prices().forEach(pr -> bp.bind(pr.id(), p.id(), pr.priceMinor(),
                    utc(pr.validFrom()), utc(pr.validTo()), pr.source())));
            bp.execute();
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
