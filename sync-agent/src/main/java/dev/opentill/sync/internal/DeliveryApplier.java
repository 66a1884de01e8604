package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.store.jooq.Tables.PRODUCTION_ORDER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.store.jooq.tables.records.DeliveryOrderRecord;
import dev.opentill.sync.SyncJson;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Applies the store's delivery orders of a feed page inside the page's transaction. A new order
 * is kept as the centre sent it (NEW: the till alerts and accepts or rejects it). A platform
 * cancel stops the order here and, in the same transaction, takes it off the production queue.
 * A decision or step taken at another till is followed when this till has not gone further; a
 * step this till took and has not pushed yet is kept. An order too large to hold is skipped.
 */
final class DeliveryApplier {
    private static final ObjectMapper JSON = SyncJson.mapper();
    private static final int MAX_JSON = 200_000;

    private DeliveryApplier() {
    }

    static void apply(DSLContext tx, List<DeliveryOrder> all, OffsetDateTime now) {
        for (DeliveryOrder o : all) {
            if (o.id() == null || o.status() == null || o.source() == null || o.platformOrderId() == null
                    || o.platformSerial() == null) {
                continue;
            }
            DeliveryOrderRecord r = tx.selectFrom(DELIVERY_ORDER).where(DELIVERY_ORDER.ID.eq(o.id())).forUpdate()
                    .fetchOne();
            if (r == null) {
                String json = json(o);
                if (json == null || json.length() > MAX_JSON || o.source().length() > 20
                        || o.platformOrderId().length() > 64 || o.platformSerial().length() > 20) {
                    continue;
                }
                tx.insertInto(DELIVERY_ORDER).set(DELIVERY_ORDER.ID, o.id()).set(DELIVERY_ORDER.SOURCE, o.source())
                        .set(DELIVERY_ORDER.PLATFORM_ORDER_ID, o.platformOrderId())
                        .set(DELIVERY_ORDER.PLATFORM_SERIAL, o.platformSerial()).set(DELIVERY_ORDER.ORDER_JSON, json)
                        .set(DELIVERY_ORDER.STATUS, o.status().name()).set(DELIVERY_ORDER.REASON, clip(o.reason()))
                        .set(DELIVERY_ORDER.RECEIVED_AT, now).set(DELIVERY_ORDER.UPDATED_AT, now).execute();
                continue;
            }
            DeliveryStatus here = DeliveryStatus.valueOf(r.getStatus());
            boolean take = o.status() == DeliveryStatus.CANCELLED
                    ? here != DeliveryStatus.CANCELLED
                    : here.storeMay(o.status()) || here == DeliveryStatus.ACCEPTED
                            && o.status() == DeliveryStatus.HANDED_OVER;
            if (!take) {
                continue;
            }
            r.setStatus(o.status().name());
            r.setReason(clip(o.reason()));
            r.setUpdatedAt(now);
            r.store();
            if (o.status() == DeliveryStatus.CANCELLED) {
                tx.update(PRODUCTION_ORDER).set(PRODUCTION_ORDER.STATUS, "CANCELLED")
                        .set(PRODUCTION_ORDER.UPDATED_AT, now).where(PRODUCTION_ORDER.ID.eq(o.id()))
                        .and(PRODUCTION_ORDER.STATUS.in("MAKING", "READY")).execute();
            }
        }
    }

    private static String json(DeliveryOrder o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
