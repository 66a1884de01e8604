package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.STORE_DELIVERY;
import static dev.opentill.central.jooq.Tables.STORE_SOLD_OUT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.DeliveryDoorbell;
import dev.opentill.central.feed.DeliveryOrderJson;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.jooq.tables.records.DeliveryOrderRecord;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The delivery-platform adapter API's service: takes an order in the normalised model (checked
 * whole before anything is stored), once per (source, platform order id); cancels one for the
 * platform; reads one back with its status. A taken or cancelled order is announced on the feed
 * to its store only.
 */
public final class DeliveryOrders {
    /** The answer to a posted order: the order as held, and whether this post created it. */
    public record Taken(DeliveryOrder order, boolean created) {
    }

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,19}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
    private static final int MAX_ITEMS = 50;
    private static final int MAX_QUANTITY = 99;
    private static final int MAX_NOTE = 200;
    private static final long MAX_MINOR = 100_000_000L;

    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final DeliveryDoorbell doorbell;

    public DeliveryOrders(DSLContext dsl, ObjectMapper mapper, Clock clock, DeliveryDoorbell doorbell) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
        this.doorbell = doorbell;
    }

    /**
     * Takes an order for its store. The same (source, platform order id) again answers the order
     * already held and changes nothing. Refused, with nothing stored: a malformed order, one whose
     * amounts do not add up, for an unknown store, a store not taking orders, or with an item
     * unknown or sold out there.
     */
    public Taken take(DeliveryOrder in) {
        check(in);
        DeliveryOrderRecord held = byPlatform(dsl, in.source(), in.platformOrderId());
        if (held != null) {
            return new Taken(order(held), false);
        }
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        try {
            Taken taken = dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                UUID storeId = tx.select(STORE.ID).from(STORE).where(STORE.CODE.eq(in.storeCode()))
                        .fetchOptional(STORE.ID).orElseThrow(() -> CentralException.notFound("No store "
                                + in.storeCode()));
                if (!taking(tx, storeId)) {
                    throw CentralException.conflict("Store " + in.storeCode() + " is closed for delivery orders");
                }
                refuseUnknownOrSoldOut(tx, storeId, in, now.toLocalDate());
                DeliveryOrder o = new DeliveryOrder(UuidV7.next(), in.storeCode(), in.source(), in.platformOrderId(),
                        in.platformSerial(), in.items(), in.note(), in.scheduledAt(), in.paidMinor(),
                        in.packagingFeeMinor(), in.deliveryFeeMinor(), DeliveryStatus.NEW, null, now.toInstant());
                tx.insertInto(DELIVERY_ORDER).set(DELIVERY_ORDER.ID, o.id()).set(DELIVERY_ORDER.STORE_ID, storeId)
                        .set(DELIVERY_ORDER.SOURCE, o.source())
                        .set(DELIVERY_ORDER.PLATFORM_ORDER_ID, o.platformOrderId())
                        .set(DELIVERY_ORDER.PLATFORM_SERIAL, o.platformSerial()).set(DELIVERY_ORDER.ORDER_JSON, json(o))
                        .set(DELIVERY_ORDER.PAID_MINOR, o.paidMinor()).set(DELIVERY_ORDER.STATUS, o.status().name())
                        .set(DELIVERY_ORDER.CREATED_AT, now).set(DELIVERY_ORDER.UPDATED_AT, now).execute();
                ChangeLogWriter.append(tx, List.of(new Change(storeId, FeedRecords.DELIVERY_ORDER,
                        o.id().toString())), now);
                return new Taken(o, true);
            });
            ring(taken.order().storeCode());
            return taken;
        } catch (DataAccessException e) {
            // The same order posted twice at once: the other post stored it.
            DeliveryOrderRecord again = byPlatform(dsl, in.source(), in.platformOrderId());
            if (again != null) {
                return new Taken(order(again), false);
            }
            throw e;
        }
    }

    /** The platform cancelled or refunded the order: stopped unless the rider already has it. */
    public DeliveryOrder cancel(String source, String platformOrderId, String reason) {
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        String why = reason == null || reason.isBlank() ? "cancelled by the platform" : clip(reason, MAX_NOTE);
        DeliveryOrder cancelled = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            DeliveryOrderRecord r = tx.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.SOURCE.eq(source))
                    .and(DELIVERY_ORDER.PLATFORM_ORDER_ID.eq(platformOrderId)).forUpdate().fetchOne();
            if (r == null) {
                throw CentralException.notFound("No order " + source + "/" + clip(platformOrderId, 64));
            }
            DeliveryStatus s = DeliveryStatus.valueOf(r.getStatus());
            if (s == DeliveryStatus.CANCELLED) {
                return order(r);
            }
            if (!s.platformMayCancel()) {
                throw CentralException.conflict("Order " + platformOrderId + " is " + s + " and cannot be cancelled");
            }
            r.setStatus(DeliveryStatus.CANCELLED.name());
            r.setReason(why);
            r.setUpdatedAt(now);
            r.store();
            ChangeLogWriter.append(tx, List.of(new Change(r.getStoreId(), FeedRecords.DELIVERY_ORDER,
                    r.getId().toString())), now);
            return order(r);
        });
        ring(cancelled.storeCode());
        return cancelled;
    }

    private void ring(String storeCode) {
        dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(storeCode)).fetchOptional(STORE.ID)
                .ifPresent(doorbell::ring);
    }

    /** The order with its status as the store last set it, for the platform adapter. */
    public DeliveryOrder get(String source, String platformOrderId) {
        DeliveryOrderRecord r = byPlatform(dsl, source, platformOrderId);
        if (r == null) {
            throw CentralException.notFound("No order " + source + "/" + clip(platformOrderId, 64));
        }
        return order(r);
    }

    /** Opens or closes the store for delivery orders. */
    public void taking(String storeCode, boolean taking) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        UUID storeId = dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(storeCode)).fetchOptional(STORE.ID)
                .orElseThrow(() -> CentralException.notFound("No store " + storeCode));
        dsl.mergeInto(STORE_DELIVERY).using(dsl.selectOne()).on(STORE_DELIVERY.STORE_ID.eq(storeId))
                .whenMatchedThenUpdate().set(STORE_DELIVERY.TAKING, taking).set(STORE_DELIVERY.UPDATED_AT, now)
                .whenNotMatchedThenInsert(STORE_DELIVERY.STORE_ID, STORE_DELIVERY.TAKING, STORE_DELIVERY.UPDATED_AT)
                .values(storeId, taking, now).execute();
    }

    private DeliveryOrder order(DeliveryOrderRecord r) {
        return DeliveryOrderJson.read(r, mapper);
    }

    private static void check(DeliveryOrder o) {
        if (o.storeCode() == null || o.storeCode().isBlank()) {
            throw CentralException.malformed("storeCode is required");
        }
        if (o.source() == null || !SOURCE.matcher(o.source()).matches()) {
            throw CentralException.malformed("source must be 1-20 lower-case letters, digits, - or _");
        }
        if (o.platformOrderId() == null || !CODE.matcher(o.platformOrderId()).matches()) {
            throw CentralException.malformed("platformOrderId must be 1-64 letters, digits or ._:-");
        }
        if (o.platformSerial() == null || o.platformSerial().isBlank() || o.platformSerial().length() > 20) {
            throw CentralException.malformed("platformSerial must be 1-20 characters");
        }
        if (o.items() == null || o.items().isEmpty() || o.items().size() > MAX_ITEMS) {
            throw CentralException.malformed("an order holds 1-" + MAX_ITEMS + " items");
        }
        for (DeliveryOrder.Item i : o.items()) {
            if (i == null || i.sku() == null || i.sku().isBlank() || i.sku().length() > 64 || i.quantity() < 1
                    || i.quantity() > MAX_QUANTITY || i.unitPriceMinor() < 0 || i.unitPriceMinor() > MAX_MINOR
                    || i.options() != null && i.options().size() > 20) {
                throw CentralException.malformed("an item needs a SKU, a quantity of 1-" + MAX_QUANTITY
                        + ", a unit price and at most 20 options");
            }
            for (DeliveryOrder.Choice c : i.options() == null ? List.<DeliveryOrder.Choice>of() : i.options()) {
                if (c == null || c.group() == null || c.option() == null || c.group().length() > 40
                        || c.option().length() > 40 || c.group().contains("/") || c.option().contains("/")) {
                    throw CentralException.malformed("an option needs its group and option code");
                }
            }
        }
        if (o.note() != null && o.note().length() > MAX_NOTE) {
            throw CentralException.malformed("the note is longer than " + MAX_NOTE + " characters");
        }
        for (long m : new long[]{o.paidMinor(), o.packagingFeeMinor(), o.deliveryFeeMinor()}) {
            if (m < 0 || m > MAX_MINOR) {
                throw CentralException.malformed("amounts must be between 0 and " + MAX_MINOR);
            }
        }
        if (!o.addsUp()) {
            throw CentralException.malformed("paid " + o.paidMinor() + " is not the items " + o.itemsMinor()
                    + " plus packaging " + o.packagingFeeMinor() + " plus delivery " + o.deliveryFeeMinor());
        }
    }

    /**
     * Every SKU must be a product, and neither it nor an option chosen may be sold out in the store:
     * the latest mark of the item on a day from yesterday on (the store's business day, whatever its
     * time zone) decides.
     */
    private static void refuseUnknownOrSoldOut(DSLContext tx, UUID storeId, DeliveryOrder o, LocalDate today) {
        Set<String> skus = new HashSet<>();
        o.items().forEach(i -> skus.add(i.sku()));
        var products = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(skus))
                .and(PRODUCT.ACTIVE.isTrue()).fetchMap(PRODUCT.SKU, PRODUCT.ID);
        Set<String> keys = new HashSet<>();
        for (DeliveryOrder.Item i : o.items()) {
            UUID id = products.get(i.sku());
            if (id == null) {
                throw CentralException.malformed("unknown product " + clip(i.sku(), 64));
            }
            keys.add("product:" + id);
            if (i.options() != null) {
                i.options().forEach(c -> keys.add("option:" + c.group() + "/" + c.option()));
            }
        }
        var latest = tx.select(STORE_SOLD_OUT.ITEM_KEY, STORE_SOLD_OUT.SOLD_OUT).from(STORE_SOLD_OUT)
                .where(STORE_SOLD_OUT.STORE_ID.eq(storeId)).and(STORE_SOLD_OUT.ITEM_KEY.in(keys))
                .and(STORE_SOLD_OUT.BUSINESS_DAY.ge(today.minusDays(1)))
                .and(STORE_SOLD_OUT.BUSINESS_DAY.eq(DSL.select(DSL.max(STORE_SOLD_OUT.as("l").BUSINESS_DAY))
                        .from(STORE_SOLD_OUT.as("l")).where(STORE_SOLD_OUT.as("l").STORE_ID.eq(storeId))
                        .and(STORE_SOLD_OUT.as("l").ITEM_KEY.eq(STORE_SOLD_OUT.ITEM_KEY))))
                .fetch();
        for (var r : latest) {
            if (Boolean.TRUE.equals(r.value2())) {
                throw CentralException.conflict("sold out in store " + o.storeCode() + ": " + r.value1());
            }
        }
    }

    private static boolean taking(DSLContext tx, UUID storeId) {
        return tx.select(STORE_DELIVERY.TAKING).from(STORE_DELIVERY).where(STORE_DELIVERY.STORE_ID.eq(storeId))
                .fetchOptional(STORE_DELIVERY.TAKING).orElse(true);
    }

    private static DeliveryOrderRecord byPlatform(DSLContext dsl, String source, String platformOrderId) {
        return dsl.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.SOURCE.eq(source))
                .and(DELIVERY_ORDER.PLATFORM_ORDER_ID.eq(platformOrderId)).fetchOne();
    }

    private String json(DeliveryOrder o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s == null ? "null" : s.length() > max ? s.substring(0, max) : s;
    }
}
