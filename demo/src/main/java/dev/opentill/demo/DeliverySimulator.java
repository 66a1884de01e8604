package dev.opentill.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.sync.SyncJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A delivery platform for tests and the demo: posts orders in the normalised model to a centre's
 * adapter API ({@code POST /admin/delivery-orders}) as a platform adapter would, with its own daily
 * serial, at whatever rate the caller drives it (a campaign peak is a tight loop).
 */
public final class DeliverySimulator {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** What the centre answered: the HTTP status and the order id it holds (null when refused). */
    public record Posted(int status, UUID orderId, String body) {
    }

    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper mapper = SyncJson.mapper();
    private final String centreUrl;
    private final String adminKey;
    private final String source;
    private final AtomicInteger serial = new AtomicInteger();

    public DeliverySimulator(String centreUrl, String adminKey, String source) {
        this.centreUrl = centreUrl;
        this.adminKey = adminKey;
        this.source = source;
    }

    /** An order of {@code quantity} cups of {@code sku} at {@code unitPriceMinor}, with packaging and delivery fees. */
    public DeliveryOrder order(String storeCode, String sku, int quantity, long unitPriceMinor) {
        long packaging = 100;
        long delivery = 300;
        return new DeliveryOrder(null, storeCode, source, source.toUpperCase() + "-" + UUID.randomUUID(),
                Integer.toString(serial.incrementAndGet()),
                List.of(new DeliveryOrder.Item(sku, quantity, unitPriceMinor, List.of())), null, null,
                unitPriceMinor * quantity + packaging + delivery, packaging, delivery, DeliveryStatus.NEW, null,
                Instant.now());
    }

    /** Posts the order once; posting the same order again is how a platform resends it. */
    public Posted post(DeliveryOrder order) throws IOException {
        Request req = new Request.Builder().url(centreUrl + SyncProtocol.API + "/admin/delivery-orders")
                .header("Authorization", "Bearer " + adminKey)
                .post(RequestBody.create(mapper.writeValueAsString(order), JSON)).build();
        try (Response res = http.newCall(req).execute()) {
            String body = res.body().string();
            UUID id = res.isSuccessful() ? UUID.fromString(mapper.readTree(body).path("id").asText()) : null;
            return new Posted(res.code(), id, body);
        }
    }
}
