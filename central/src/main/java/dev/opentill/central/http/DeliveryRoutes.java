package dev.opentill.central.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.admin.DeliveryOrders;
import dev.opentill.central.auth.AdminAuth;
import dev.opentill.central.auth.AdminIdentity;
import dev.opentill.central.auth.AdminRole;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.DeliveryDoorbell;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.sync.SyncProtocol;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The delivery-platform adapter API: post an order in the normalised model (201 when created, 200
 * when the same platform order was already held), cancel one, read one back with its status, and
 * open or close a store for orders. Callers need the DELIVERY role (or OWNER); bodies are read
 * within a small limit, so a peer cannot make the centre hold more than one order's worth.
 */
final class DeliveryRoutes {
    /** An order of 50 items with options and a note is a few kilobytes. */
    static final long MAX_BODY = 64 * 1024;
    /** The longest a till's wait is held open. */
    static final long MAX_WAIT_MS = 25_000;

    private final DeliveryOrders orders;
    private final ObjectMapper mapper;
    private final Function<Context, AdminIdentity> admin;
    private final DeliveryDoorbell doorbell;
    private final Function<Context, TerminalIdentity> terminal;

    DeliveryRoutes(DeliveryOrders orders, DeliveryDoorbell doorbell, ObjectMapper mapper,
            Function<Context, AdminIdentity> admin, Function<Context, TerminalIdentity> terminal) {
        this.orders = orders;
        this.doorbell = doorbell;
        this.mapper = mapper;
        this.admin = admin;
        this.terminal = terminal;
    }

    void register(Javalin app) {
        // The push channel (long poll): answered at once when the store has a delivery change
        // after the till's feed position, else when one comes, else after the wait.
        app.get(SyncProtocol.API + "/sync/wait", ctx -> {
            TerminalIdentity who = terminal.apply(ctx);
            long after = number(ctx.queryParam("after"), 0, Long.MAX_VALUE);
            long waitMs = number(ctx.queryParam("wait"), 0, MAX_WAIT_MS);
            ctx.future(() -> doorbell.await(who.storeId(), after, waitMs)
                    .thenAccept(rang -> ctx.json(new SyncProtocol.WaitAnswer(rang))));
        });
        String base = SyncProtocol.API + "/admin/delivery-orders";
        app.post(base, ctx -> {
            need(ctx);
            DeliveryOrders.Taken t = orders.take(read(ctx, DeliveryOrder.class));
            ctx.status(t.created() ? 201 : 200).json(t.order());
        });
        app.get(base + "/{source}/{order}",
                ctx -> ctx.json(orders.get(need(ctx).pathParam("source"), ctx.pathParam("order"))));
        app.post(base + "/{source}/{order}/cancel", ctx -> {
            need(ctx);
            String reason = ctx.contentLength() > 0 ? read(ctx, JsonNode.class).path("reason").asText(null) : null;
            ctx.json(orders.cancel(ctx.pathParam("source"), ctx.pathParam("order"), reason));
        });
        app.post(SyncProtocol.API + "/admin/stores/{store}/delivery", ctx -> {
            need(ctx);
            orders.taking(ctx.pathParam("store"), read(ctx, JsonNode.class).path("taking").asBoolean(true));
            ctx.status(204);
        });
    }

    private static long number(String s, long min, long max) {
        try {
            long v = s == null ? min : Long.parseLong(s);
            return Math.max(min, Math.min(max, v));
        } catch (NumberFormatException e) {
            throw CentralException.malformed("Not a number: " + (s.length() > 20 ? s.substring(0, 20) : s));
        }
    }

    private Context need(Context ctx) {
        AdminAuth.require(admin.apply(ctx), AdminRole.DELIVERY);
        return ctx;
    }

    private <T> T read(Context ctx, Class<T> type) throws IOException {
        if (ctx.req().getContentLengthLong() > MAX_BODY) {
            throw new BodyLimit.TooLarge(MAX_BODY, false);
        }
        try (InputStream in = new BodyLimit(ctx.bodyInputStream(), MAX_BODY, false)) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw CentralException.malformed("A JSON body is required");
            }
            return value;
        } catch (BodyLimit.TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw CentralException.malformed("Unreadable JSON: " + e.getMessage());
        }
    }
}
