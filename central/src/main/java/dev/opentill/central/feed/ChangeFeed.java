package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.CATEGORY;
import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.COUPON;
import static dev.opentill.central.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.central.jooq.Tables.PICKUP_ORDER_LINE;
import static dev.opentill.central.jooq.Tables.PRICE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.central.jooq.Tables.PROMOTION;
import static dev.opentill.central.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.central.jooq.Tables.STAFF;
import static dev.opentill.central.jooq.Tables.STAFF_STORE;
import static dev.opentill.central.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.central.jooq.Tables.TAX_CLASS;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.FeedRecords.Entry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Serves one page of the change feed for a store: the entries after a cursor that concern every
 * store or this one, each with the latest state of its thing. The page is written chunk by
 * chunk to the output stream, so a page of a million-product catalog never sits in memory.
 */
public final class ChangeFeed {
    public static final int MAX_PAGE = 20_000;
    private static final int CHUNK = 500;

    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ChangeFeed(DSLContext dsl, ObjectMapper mapper, Clock clock) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records that the terminal is reading the feed from {@code after}, for the back office's status page. */
    public void notePull(UUID terminalId, long after) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.update(TERMINAL).set(TERMINAL.LAST_SEEN_AT, now).set(TERMINAL.LAST_PULL_AT, now)
                .set(TERMINAL.PULL_POSITION, after).where(TERMINAL.ID.eq(terminalId)).execute();
    }

    /** Writes a page for a reader that is no terminal: without the terminal's own invoice key. */
    public long writePage(UUID storeId, long after, int limit, OutputStream out) throws IOException {
        return writePage(storeId, null, after, limit, out);
    }

    /** Writes {@code {"entries":[...],"position":p,"more":b,"serverTime":t}} and returns the new position. */
    public long writePage(UUID storeId, UUID terminalId, long after, int limit, OutputStream out)
            throws IOException {
        int pageSize = Math.max(1, Math.min(limit, MAX_PAGE));
        // Two index range scans (chain-wide and this store's), merged in sequence order.
        List<Record3<Long, String, String>> rows = new ArrayList<>(dsl
                .select(CHANGE_LOG.SEQ, CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_KEY).from(CHANGE_LOG)
                .where(CHANGE_LOG.STORE_ID.isNull()).and(CHANGE_LOG.SEQ.gt(after))
                .orderBy(CHANGE_LOG.SEQ).limit(pageSize + 1).fetch());
        rows.addAll(dsl.select(CHANGE_LOG.SEQ, CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_KEY).from(CHANGE_LOG)
                .where(CHANGE_LOG.STORE_ID.eq(storeId)).and(CHANGE_LOG.SEQ.gt(after))
                .orderBy(CHANGE_LOG.SEQ).limit(pageSize + 1).fetch());
        rows.sort(Comparator.comparing(Record3::value1));
        boolean more = rows.size() > pageSize;
        if (more) {
            rows = rows.subList(0, pageSize);
        }
        long position = rows.isEmpty() ? after : rows.get(rows.size() - 1).value1();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            for (int i = 0; i < rows.size(); i += CHUNK) {
                for (Entry e : load(storeId, terminalId, rows.subList(i, Math.min(rows.size(), i + CHUNK)))) {
                    mapper.writeValue(g, e);
                }
                g.flush();
            }
            g.writeEndArray();
            g.writeNumberField("position", position);
            g.writeBooleanField("more", more);
            g.writeStringField("serverTime", clock.instant().toString());
            g.writeEndObject();
        }
        return position;
    }

    private List<Entry> load(UUID storeId, UUID terminalId, List<Record3<Long, String, String>> rows) {
        Map<String, List<String>> keys = rows.stream().collect(Collectors.groupingBy(Record3::value2,
                Collectors.mapping(Record3::value3, Collectors.toList())));
        Map<String, FeedRecords.TaxClass> taxes = ifAny(keys, FeedRecords.TAX_CLASS,
                k -> index(dsl.selectFrom(TAX_CLASS)
                        .where(TAX_CLASS.CODE.in(k))
                        .fetch(r -> new FeedRecords.TaxClass(r.getCode(), r.getNameZh(), r.getNameEn(), r.getRateBp())),
                        FeedRecords.TaxClass::code));
        Map<String, FeedRecords.Category> categories = ifAny(keys, FeedRecords.CATEGORY, k -> index(dsl
                .selectFrom(CATEGORY).where(CATEGORY.CODE.in(k))
                .fetch(r -> new FeedRecords.Category(r.getCode(), r.getNameZh(), r.getNameEn(), r.getParentCode(),
                        r.getSortOrder())),
                FeedRecords.Category::code));
        Map<String, FeedRecords.Product> products = loadProducts(storeId,
                uuids(keys.getOrDefault(FeedRecords.PRODUCT, List.of())));
        Map<String, FeedRecords.Member> members = ifAny(keys, FeedRecords.MEMBER, k -> index(dsl.selectFrom(MEMBER)
                .where(MEMBER.ID.in(uuids(k)))
                .fetch(r -> new FeedRecords.Member(r.getId(), r.getCardNo(), r.getPhone(), r.getName(), r.getTier(),
                        r.getPointsBalance(), instant(r.getBalanceAsOf()), instant(r.getUpdatedAt()))),
                m -> m.id().toString()));
        Map<String, FeedRecords.Stock> stock = ifAny(keys, FeedRecords.STOCK, k -> index(dsl.selectFrom(STOCK_BALANCE)
                .where(STOCK_BALANCE.STORE_ID.eq(storeId)).and(STOCK_BALANCE.PRODUCT_ID.in(uuids(k)))
                .fetch(r -> new FeedRecords.Stock(r.getProductId(), r.getBalanceMilli(), instant(r.getAsOf()))),
                s -> s.productId().toString()));
        Map<String, FeedRecords.Promotion> promotions = loadPromotions(storeId,
                uuids(keys.getOrDefault(FeedRecords.PROMOTION, List.of())));
        Map<String, FeedRecords.Coupon> coupons = ifAny(keys, FeedRecords.COUPON, k -> index(dsl.selectFrom(COUPON)
                .where(COUPON.ID.in(uuids(k)))
                .fetch(r -> new FeedRecords.Coupon(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(),
                        r.getAmountOffMinor(), r.getMinSpendMinor(), r.getMemberCard(), instant(r.getValidFrom()),
                        instant(r.getValidTo()), r.getActive() && r.getRedeemedAt() == null
                                && (r.getStoreId() == null || r.getStoreId().equals(storeId)),
                        instant(r.getUpdatedAt()))),
                c -> c.id().toString()));
        Map<String, FeedRecords.PickupOrder> orders = loadOrders(storeId,
                uuids(keys.getOrDefault(FeedRecords.PICKUP_ORDER, List.of())));
        Map<String, FeedRecords.Staff> staff = loadStaff(storeId,
                uuids(keys.getOrDefault(FeedRecords.STAFF, List.of())));
        Map<String, DeliveryOrder> deliveries = loadDeliveries(storeId,
                uuids(keys.getOrDefault(FeedRecords.DELIVERY_ORDER, List.of())));
        List<Entry> out = new ArrayList<>(rows.size());
        for (var r : rows) {
            String k = r.value3();
            Entry e = switch (r.value2()) {
                case FeedRecords.TAX_CLASS -> taxes.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), taxes.get(k), null, null, null, null, null, null, null)
                        : null;
                case FeedRecords.CATEGORY -> categories.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, categories.get(k), null, null, null, null, null, null)
                        : null;
                case FeedRecords.PRODUCT -> products.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, products.get(k), null, null, null, null, null)
                        : null;
                case FeedRecords.MEMBER -> members.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, null, members.get(k), null, null, null, null)
                        : null;
                case FeedRecords.STOCK -> stock.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, null, null, stock.get(k), null, null, null)
                        : null;
                case FeedRecords.PROMOTION -> promotions.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, null, null, null, promotions.get(k), null, null)
                        : null;
                case FeedRecords.COUPON -> coupons.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, null, null, null, null, coupons.get(k), null)
                        : null;
                case FeedRecords.PICKUP_ORDER -> orders.containsKey(k)
                        ? new Entry(r.value1(), r.value2(), null, null, null, null, null, null, null, orders.get(k))
                        : null;
                case FeedRecords.STAFF -> staff.containsKey(k) ? Entry.of(r.value1(), staff.get(k)) : null;
                case FeedRecords.STORE_LOGO -> {
                    FeedRecords.StoreLogo logo = ReceiptAssetsFeed.logo(dsl, storeId, k);
                    yield logo == null ? null : Entry.of(r.value1(), logo);
                }
                case FeedRecords.MENU -> Entry.of(r.value1(), MenuFeed.menu(dsl));
                case FeedRecords.DELIVERY_ORDER -> {
                    DeliveryOrder order = deliveries.get(k);
                    yield order == null ? null : Entry.of(r.value1(), order);
                }
                case FeedRecords.SOLD_OUT -> {
                    FeedRecords.SoldOutItem mark = SoldOutFeed.mark(dsl, storeId, k);
                    yield mark == null ? null : Entry.of(r.value1(), mark);
                }
                case FeedRecords.INVOICE -> {
                    FeedRecords.Invoice invoice = ReceiptAssetsFeed.invoice(dsl, terminalId);
                    yield invoice == null ? null : Entry.of(r.value1(), invoice);
                }
                default -> null;
            };
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private Map<String, FeedRecords.Product> loadProducts(UUID storeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> barcodes = new HashMap<>();
        dsl.select(PRODUCT_BARCODE.PRODUCT_ID, PRODUCT_BARCODE.CODE).from(PRODUCT_BARCODE)
                .where(PRODUCT_BARCODE.PRODUCT_ID.in(ids)).orderBy(PRODUCT_BARCODE.CODE)
                .forEach(r -> barcodes.computeIfAbsent(r.value1(), x -> new ArrayList<>()).add(r.value2()));
        Map<UUID, List<FeedRecords.Price>> prices = new HashMap<>();
        dsl.selectFrom(PRICE).where(PRICE.PRODUCT_ID.in(ids))
                .and(PRICE.STORE_ID.isNull().or(PRICE.STORE_ID.eq(storeId))).orderBy(PRICE.VALID_FROM)
                .forEach(r -> prices.computeIfAbsent(r.getProductId(), x -> new ArrayList<>())
                        .add(new FeedRecords.Price(r.getId(), r.getPriceMinor(), instant(r.getValidFrom()),
                                instant(r.getValidTo()), r.getStoreId() == null
                                        ? FeedRecords.Price.CHAIN
                                        : FeedRecords.Price.STORE)));
        return index(dsl.selectFrom(PRODUCT).where(PRODUCT.ID.in(ids)).fetch(r -> new FeedRecords.Product(
                r.getId(), r.getSku(), r.getNameZh(), r.getNameEn(), r.getPinyinInitials(), r.getCategoryCode(),
                r.getTaxClassCode(), r.getSoldByWeight(), r.getScalePlu(), r.getBasePriceMinor(), r.getActive(),
                instant(r.getUpdatedAt()), barcodes.getOrDefault(r.getId(), List.of()),
                prices.getOrDefault(r.getId(), List.of()))), p -> p.id().toString());
    }

    /** A promotion of another store is sent inactive, so a till that had it (it moved stores) drops it. */
    private Map<String, FeedRecords.Promotion> loadPromotions(UUID storeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> products = new HashMap<>();
        dsl.select(PROMOTION_PRODUCT.PROMOTION_ID, PROMOTION_PRODUCT.PRODUCT_ID).from(PROMOTION_PRODUCT)
                .where(PROMOTION_PRODUCT.PROMOTION_ID.in(ids)).orderBy(PROMOTION_PRODUCT.PRODUCT_ID)
                .forEach(r -> products.computeIfAbsent(r.value1(), x -> new ArrayList<>()).add(r.value2()));
        return index(dsl.selectFrom(PROMOTION).where(PROMOTION.ID.in(ids)).fetch(r -> new FeedRecords.Promotion(
                r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), r.getKind(), r.getPercentOffBp(),
                r.getBuyQuantity(), r.getBundlePriceMinor(), instant(r.getValidFrom()), instant(r.getValidTo()),
                r.getDays().isEmpty() ? List.of() : List.of(r.getDays().split(",")),
                r.getDailyFrom() == null ? null : r.getDailyFrom().toString(),
                r.getDailyTo() == null ? null : r.getDailyTo().toString(),
                r.getActive() && (r.getStoreId() == null || r.getStoreId().equals(storeId)),
                products.getOrDefault(r.getId(), List.of()), instant(r.getUpdatedAt()),
                PromotionRulesJson.read(r.getRules()))), p -> p.id().toString());
    }

    private Map<String, FeedRecords.PickupOrder> loadOrders(UUID storeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<FeedRecords.PickupLine>> lines = new HashMap<>();
        dsl.selectFrom(PICKUP_ORDER_LINE).where(PICKUP_ORDER_LINE.ORDER_ID.in(ids)).orderBy(PICKUP_ORDER_LINE.LINE_NO)
                .forEach(l -> lines.computeIfAbsent(l.getOrderId(), x -> new ArrayList<>())
                        .add(new FeedRecords.PickupLine(
                                l.getLineNo(), l.getProductId(), l.getSku(), l.getQuantityMilli(),
                                l.getAmountMinor())));
        return index(dsl.selectFrom(PICKUP_ORDER).where(PICKUP_ORDER.ID.in(ids)).fetch(o -> new FeedRecords.PickupOrder(
                o.getId(), o.getOrderNo(), o.getCustomerName(), o.getCustomerPhone(), o.getPaidMinor(),
                lines.getOrDefault(o.getId(), List.of()),
                "READY".equals(o.getStatus()) && o.getStoreId().equals(storeId),
                instant(o.getUpdatedAt()))), o -> o.id().toString());
    }

    /**
     * Staff as the store's tills must know them: someone who no longer works in this store (an
     * entry of it remains from when they did) is sent disabled, so its tills refuse their login.
     */
    private Map<String, FeedRecords.Staff> loadStaff(UUID storeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> here = dsl.select(STAFF_STORE.STAFF_ID).from(STAFF_STORE).where(STAFF_STORE.STORE_ID.eq(storeId))
                .and(STAFF_STORE.STAFF_ID.in(ids)).fetch(STAFF_STORE.STAFF_ID);
        return index(dsl.selectFrom(STAFF).where(STAFF.ID.in(ids)).fetch(r -> new FeedRecords.Staff(r.getId(),
                r.getCode(), r.getName(), r.getRole(), r.getEnabled() && here.contains(r.getId()), r.getPinHash(),
                r.getTemporaryPin(), instant(r.getPinSetAt()), r.getMaxDiscountBp(), instant(r.getUpdatedAt()))),
                s -> s.id().toString());
    }

    /** The store's own delivery orders only: another store's id reads as nothing. */
    private Map<String, DeliveryOrder> loadDeliveries(UUID storeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index(dsl.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.in(ids))
                .and(DELIVERY_ORDER.STORE_ID.eq(storeId)).fetch(r -> DeliveryOrderJson.read(r, mapper)),
                o -> o.id().toString());
    }

    /** Loads the things of one entity on this page, without a query when the page has none. */
    private static <T> Map<String, T> ifAny(Map<String, List<String>> keys, String entity,
            Function<List<String>, Map<String, T>> load) {
        List<String> k = keys.get(entity);
        return k == null || k.isEmpty() ? Map.of() : load.apply(k);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> m = new HashMap<>();
        values.forEach(v -> m.put(key.apply(v), v));
        return m;
    }

    private static List<UUID> uuids(List<String> keys) {
        return keys.stream().distinct().map(UUID::fromString).toList();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
