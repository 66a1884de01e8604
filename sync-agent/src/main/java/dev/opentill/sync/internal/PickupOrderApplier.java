package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.PICKUP_ORDER;
import static dev.opentill.store.jooq.Tables.PICKUP_ORDER_LINE;

import dev.opentill.core.sync.FeedRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Pick-up orders from the feed into the till's tables, keeping a collection made here. */
final class PickupOrderApplier {
    private PickupOrderApplier() {
    }

    /** The later entry of an order wins; one no longer ready (collected, cancelled) is removed. */
    static void apply(DSLContext tx, List<FeedRecords.PickupOrder> all) {
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, FeedRecords.PickupOrder> byId = new LinkedHashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        List<UUID> ids = new ArrayList<>(byId.keySet());
        tx.deleteFrom(PICKUP_ORDER_LINE).where(PICKUP_ORDER_LINE.ORDER_ID.in(ids)).execute();
        Map<UUID, UUID> collectedHere = tx.select(PICKUP_ORDER.ID, PICKUP_ORDER.COLLECTED_SALE_ID).from(PICKUP_ORDER)
                .where(PICKUP_ORDER.ID.in(ids)).and(PICKUP_ORDER.COLLECTED_SALE_ID.isNotNull())
                .fetchMap(PICKUP_ORDER.ID, PICKUP_ORDER.COLLECTED_SALE_ID);
        tx.deleteFrom(PICKUP_ORDER).where(PICKUP_ORDER.ID.in(ids)).execute();
        BatchBindStep orders = tx.batch(tx.insertInto(PICKUP_ORDER, PICKUP_ORDER.ID, PICKUP_ORDER.ORDER_NO,
                PICKUP_ORDER.CUSTOMER_NAME, PICKUP_ORDER.CUSTOMER_PHONE, PICKUP_ORDER.PAID_MINOR,
                PICKUP_ORDER.COLLECTED_SALE_ID, PICKUP_ORDER.UPDATED_AT)
                .values((UUID) null, null, null, null, 0L, null, null));
        BatchBindStep lines = tx.batch(tx.insertInto(PICKUP_ORDER_LINE, PICKUP_ORDER_LINE.ORDER_ID,
                PICKUP_ORDER_LINE.LINE_NO, PICKUP_ORDER_LINE.PRODUCT_ID, PICKUP_ORDER_LINE.SKU,
                PICKUP_ORDER_LINE.QUANTITY_MILLI, PICKUP_ORDER_LINE.AMOUNT_MINOR)
                .values((UUID) null, 0, null, null, 0L, 0L));
        int ready = 0;
        int lineRows = 0;
        for (FeedRecords.PickupOrder o : byId.values()) {
            if (!o.ready()) {
                continue;
            }
            orders.bind(o.id(), o.orderNo(), o.customerName(), o.customerPhone(), o.paidMinor(),
                    collectedHere.get(o.id()), utc(o.updatedAt()));
            ready++;
            for (FeedRecords.PickupLine l : o.lines()) {
                lines.bind(o.id(), l.lineNo(), l.productId(), l.sku(), l.quantityMilli(), l.amountMinor());
                lineRows++;
            }
        }
        if (ready > 0) {
            orders.execute();
        }
        if (lineRows > 0) {
            lines.execute();
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
