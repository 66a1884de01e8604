package dev.opentill.central.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.jooq.tables.records.DeliveryOrderRecord;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;

/** A stored delivery order as the feed and the adapter API serve it: its JSON, with the row's status and reason. */
public final class DeliveryOrderJson {
    private DeliveryOrderJson() {
    }

    public static DeliveryOrder read(DeliveryOrderRecord r, ObjectMapper mapper) {
        try {
            return mapper.readValue(r.getOrderJson(), DeliveryOrder.class)
                    .with(DeliveryStatus.valueOf(r.getStatus()), r.getReason());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored delivery order " + r.getId(), e);
        }
    }
}
