package dev.opentill.central.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.AdminAuth;
import dev.opentill.central.auth.AdminIdentity;
import dev.opentill.central.auth.AdminRole;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.wallet.CardAdmin;
import dev.opentill.central.wallet.Reconciliation;
import dev.opentill.central.wallet.StoredValue;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.core.wallet.WalletProtocol.HoldRequest;
import dev.opentill.core.wallet.WalletProtocol.OfflineSpend;
import dev.opentill.core.wallet.WalletProtocol.RefundRequest;
import dev.opentill.core.wallet.WalletProtocol.TopUpRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Stored-value cards: the tills' calls under {@code /wallet} (terminal credential) and the back
 * office's under {@code /admin/stored-value}. A till's request is a few hundred bytes; anything
 * over {@link #LIMITS} is refused before it is read.
 */
final class WalletRoutes {
    /** A wallet request is one small JSON object. */
    static final Routes.Limits LIMITS = new Routes.Limits(4096, 4096);

    private final ObjectMapper mapper;
    private final TerminalAuth auth;
    private final StoredValue cards;
    private final CardAdmin admin;
    private final Reconciliation reconciliation;

    WalletRoutes(DSLContext dsl, ObjectMapper mapper, Clock clock, TerminalAuth auth) {
        this.mapper = mapper;
        this.auth = auth;
        this.cards = new StoredValue(dsl, clock);
        this.admin = new CardAdmin(dsl, clock);
        this.reconciliation = new Reconciliation(dsl);
    }

    void register(Javalin app, Function<Context, AdminIdentity> adminOf) {
        String api = SyncProtocol.API + "/wallet";
        app.get(api + "/cards/{card}", ctx -> {
            till(ctx);
            ctx.json(cards.card(ctx.pathParam("card")));
        });
        app.post(api + "/holds", ctx -> ctx.json(cards.hold(till(ctx), read(ctx, HoldRequest.class))));
        app.post(api + "/holds/{tender}/capture", ctx -> ctx.json(cards.capture(till(ctx), uuid(ctx, "tender"))));
        app.post(api + "/holds/{tender}/release", ctx -> ctx.json(cards.release(till(ctx), uuid(ctx, "tender"))));
        app.post(api + "/refunds", ctx -> ctx.json(cards.refund(till(ctx), read(ctx, RefundRequest.class))));
        app.post(api + "/offline-spends", ctx -> ctx.json(cards.offlineSpend(till(ctx),
                read(ctx, OfflineSpend.class))));
        app.post(api + "/top-ups", ctx -> ctx.json(cards.topUp(till(ctx), read(ctx, TopUpRequest.class))));

        String office = SyncProtocol.API + "/admin/stored-value";
        app.post(office + "/cards", ctx -> {
            AdminAuth.require(adminOf.apply(ctx), AdminRole.CATALOG);
            ctx.status(201).json(admin.issue(read(ctx, CardAdmin.CardRow.class)));
        });
        app.get(office + "/policy", ctx -> {
            AdminAuth.require(adminOf.apply(ctx), AdminRole.CATALOG, AdminRole.MONITOR, AdminRole.STORES);
            ctx.json(admin.policy());
        });
        app.put(office + "/policy", ctx -> {
            AdminAuth.require(adminOf.apply(ctx), AdminRole.OWNER);
            ctx.json(admin.setPolicy(read(ctx, CardAdmin.Policy.class)));
        });
        app.get(office + "/reconciliation", ctx -> {
            AdminAuth.require(adminOf.apply(ctx), AdminRole.MONITOR, AdminRole.STORES);
            ctx.json(reconciliation.between(instant(ctx.queryParam("from")), instant(ctx.queryParam("to"))));
        });
    }

    private TerminalIdentity till(Context ctx) {
        return auth.authenticate(ctx.header("Authorization"));
    }

    private <T> T read(Context ctx, Class<T> type) throws IOException {
        try (InputStream in = Routes.body(ctx, LIMITS)) {
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

    private static UUID uuid(Context ctx, String param) {
        try {
            return UUID.fromString(ctx.pathParam(param));
        } catch (IllegalArgumentException e) {
            throw CentralException.malformed("Not an id: " + ErrorAnswers.cut(ctx.pathParam(param)));
        }
    }

    private static Instant instant(String s) {
        if (s == null) {
            throw CentralException.malformed("Give the period as ?from=...&to=... (ISO instants)");
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw CentralException.malformed("Not an instant (2026-12-07T00:00:00Z): "
                    + (s.length() > 40 ? s.substring(0, 40) : s));
        }
    }
}
