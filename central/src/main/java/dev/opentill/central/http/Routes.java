package dev.opentill.central.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.admin.CatalogImport;
import dev.opentill.central.admin.DeliveryOrders;
import dev.opentill.central.admin.ImportRecords;
import dev.opentill.central.admin.ImportRecords.ImportResult;
import dev.opentill.central.admin.MemberImport;
import dev.opentill.central.admin.MenuImport;
import dev.opentill.central.admin.OfferImport;
import dev.opentill.central.admin.StaffAdmin;
import dev.opentill.central.admin.StaffRecords;
import dev.opentill.central.admin.StoreAdmin;
import dev.opentill.central.auth.AdminAuth;
import dev.opentill.central.auth.AdminIdentity;
import dev.opentill.central.auth.AdminRole;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.auth.Throttle;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.DeliveryDoorbell;
import dev.opentill.central.feed.ChangeFeed;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.admin.StoreDays;
import dev.opentill.central.ingest.SaleIngest;
import dev.opentill.central.receipt.Invoices;
import dev.opentill.central.receipt.StoreLogos;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.core.sync.SyncProtocol.EnrollRequest;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.jooq.DSLContext;

/** The HTTP endpoints: the till protocol under /api/v1 and the back office under /api/v1/admin. */
public final class Routes {
    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TerminalAuth auth;
    private final SaleIngest ingest;
    private final ChangeFeed feed;
    private final CatalogImport catalog;
    private final OfferImport offers;
    private final MemberImport members;
    private final MenuRoutes menuRoutes;
    private final StoreAdmin stores;
    private final StaffAdmin staff;
    private final StoreDays days;
    private final AdminAuth admins;
    private final StoreLogos logos;
    private final Invoices invoices;
    private final WalletRoutes wallet;
    /** Ten wrong enrollment codes a minute per address: a code cannot be guessed by trying. */
    private final Throttle enrollments;
    private final DeliveryRoutes delivery;

    public Routes(DSLContext dsl, ObjectMapper mapper, Clock clock, String adminToken, Executor lanes) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
        this.auth = new TerminalAuth(dsl, clock);
        this.ingest = new SaleIngest(dsl, mapper, clock, lanes);
        this.feed = new ChangeFeed(dsl, mapper, clock);
        this.catalog = new CatalogImport(dsl, clock);
        this.offers = new OfferImport(dsl, clock);
        this.members = new MemberImport(dsl, clock);
        this.menuRoutes = new MenuRoutes(new MenuImport(dsl, clock), this::read, Routes::need);
        this.stores = new StoreAdmin(dsl, auth, clock);
        this.staff = new StaffAdmin(dsl, clock);
        this.days = new StoreDays(dsl);
        this.admins = new AdminAuth(dsl, clock, adminToken);
        this.logos = new StoreLogos(dsl, clock);
        this.invoices = new Invoices(dsl, clock);
        this.enrollments = new Throttle(10, Duration.ofMinutes(1), clock);
        this.wallet = new WalletRoutes(dsl, mapper, clock, auth);
        DeliveryDoorbell doorbell = new DeliveryDoorbell(dsl);
        this.delivery = new DeliveryRoutes(new DeliveryOrders(dsl, mapper, clock, doorbell), doorbell, mapper,
                Routes::admin, ctx -> auth.authenticate(ctx.header("Authorization")));
    }

    public void register(Javalin app) {
        String api = SyncProtocol.API;
        app.get(api + "/ping", ctx -> ctx.json(new SyncProtocol.Ping(SyncProtocol.SERVICE, clock.instant())));
        app.post(api + "/enroll", ctx -> {
            enrollments.check(ctx.ip());
            try {
                ctx.json(auth.enroll(read(ctx, EnrollRequest.class).code()));
            } catch (CentralException e) {
                if (e.reason() == CentralException.Reason.UNAUTHORIZED) {
                    enrollments.failed(ctx.ip());
                }
                throw e;
            }
        });
        app.post(api + "/sync/push", this::push);
        app.get(api + "/sync/changes", this::changes);
        delivery.register(app);

        app.before(api + "/admin/*", ctx -> ctx.attribute(ADMIN, admins.authenticate(ctx.header("Authorization"))));
        // Every change and every refusal, with who made it.
        app.after(api + "/admin/*", ctx -> {
            int status = ctx.statusCode();
            if (ctx.method() != HandlerType.GET || status == 401 || status == 403) {
                AdminIdentity who = ctx.attribute(ADMIN);
                admins.audit(who == null ? null : who.name(), ctx.method().name(), ctx.path(), status);
            }
        });
        app.post(api + "/admin/keys", ctx -> {
            JsonNode b = read(ctx, JsonNode.class);
            List<String> roles = new ArrayList<>();
            b.path("roles").forEach(r -> roles.add(r.asText()));
            ctx.status(201).json(admins.issue(admin(ctx), b.path("name").asText(null), roles));
        });
        app.get(api + "/admin/keys", ctx -> ctx.json(admins.keys(admin(ctx))));
        app.post(api + "/admin/keys/{name}/revoke", ctx -> {
            admins.revoke(admin(ctx), ctx.pathParam("name"));
            ctx.status(204);
        });
        app.get(api + "/admin/audit", ctx -> ctx.json(admins.audit(admin(ctx),
                (int) parseLong(ctx.queryParam("limit"), 100))));
        app.post(api + "/admin/stores", ctx -> {
            need(ctx, AdminRole.STORES);
            JsonNode b = read(ctx, JsonNode.class);
            ctx.status(201).json(stores.createStore(b.path("code").asText(null), b.path("name").asText(null)));
        });
        app.post(api + "/admin/stores/{store}/terminals", ctx -> ctx.status(201).json(stores.createTerminal(
                need(ctx, AdminRole.STORES).pathParam("store"), read(ctx, JsonNode.class).path("code").asText(null))));
        app.post(api + "/admin/stores/{store}/terminals/{terminal}/enrollment-codes", ctx -> {
            need(ctx, AdminRole.STORES);
            long hours = parseLong(ctx.queryParam("validHours"), 24);
            if (hours < 1 || hours > 24 * 30) {
                throw CentralException.malformed("validHours is 1 to 720");
            }
            ctx.status(201).json(EnrollmentCodeAnswer.of(stores.enrollmentCode(ctx.pathParam("store"),
                    ctx.pathParam("terminal"), Duration.ofHours(hours)), ctx));
        });
        app.post(api + "/admin/stores/{store}/terminals/{terminal}/revoke", ctx -> {
            stores.revoke(need(ctx, AdminRole.STORES).pathParam("store"), ctx.pathParam("terminal"));
            ctx.status(204);
        });
        app.post(api + "/admin/stores/{store}/stock-receipts", ctx -> ctx.status(201).json(new ImportResult(
                stores.receiveStock(need(ctx, AdminRole.STOCK).pathParam("store"),
                        read(ctx, ImportRecords.StockReceipt.class)))));
        app.post(api + "/admin/stores/{store}/stock-adjustments", ctx -> ctx.status(201).json(new ImportResult(
                stores.adjustStock(need(ctx, AdminRole.STOCK).pathParam("store"),
                        read(ctx, ImportRecords.StockAdjustment.class)))));
        app.post(api + "/admin/stock-transfers", ctx -> ctx.status(201).json(new ImportResult(
                stores.transferStock(read(need(ctx, AdminRole.STOCK), ImportRecords.StockTransfer.class)))));
        app.post(api + "/admin/pickup-orders", ctx -> ctx.status(201).json(new ImportResult(stores.pickupOrders(
                List.of(read(need(ctx, AdminRole.STORES), ImportRecords.PickupOrderRow[].class))))));
        app.post(api + "/admin/pickup-orders/{order}/cancel", ctx -> {
            stores.cancelPickupOrder(need(ctx, AdminRole.STORES).pathParam("order"));
            ctx.status(204);
        });
        app.get(api + "/admin/stores/{store}/days/{date}", ctx -> {
            AdminAuth.require(admin(ctx), AdminRole.MONITOR, AdminRole.STORES);
            ctx.json(days.day(ctx.pathParam("store"), date(ctx.pathParam("date"))));
        });
        app.get(api + "/admin/terminals/status", ctx -> {
            AdminAuth.require(admin(ctx), AdminRole.MONITOR, AdminRole.STORES);
            ctx.json(stores.status(
                    ChangeLogWriter.position(dsl)));
        });
        app.post(api + "/admin/tax-classes", ctx -> ctx.json(new ImportResult(catalog.taxClasses(
                List.of(read(need(ctx, AdminRole.CATALOG), ImportRecords.TaxClassRow[].class))))));
        app.post(api + "/admin/categories", ctx -> ctx.json(new ImportResult(catalog.categories(
                List.of(read(need(ctx, AdminRole.CATALOG), ImportRecords.CategoryRow[].class))))));
        app.post(api + "/admin/products", ctx -> ctx.json(new ImportResult(catalog.products(
                rows(need(ctx, AdminRole.CATALOG), ImportRecords.ProductRow.class, ImportCsv::product)))));
        app.post(api + "/admin/prices", ctx -> ctx.json(new ImportResult(catalog.prices(
                rows(need(ctx, AdminRole.CATALOG), ImportRecords.PriceRow.class, ImportCsv::price)))));
        app.post(api + "/admin/promotions", ctx -> ctx.json(new ImportResult(offers.promotions(
                promotionRows(need(ctx, AdminRole.CATALOG))))));
        app.post(api + "/admin/coupons", ctx -> ctx.json(new ImportResult(offers.coupons(
                List.of(read(need(ctx, AdminRole.CATALOG), ImportRecords.CouponRow[].class))))));
        app.post(api + "/admin/members", ctx -> ctx.json(new ImportResult(members.members(
                rows(need(ctx, AdminRole.CATALOG), ImportRecords.MemberRow.class, ImportCsv::member)))));
        registerStaff(app, api);
        registerReceipts(app, api);
        wallet.register(app, Routes::admin);
        menuRoutes.register(app, api);
    }

    /** A store's receipt logo (the image file as the body) and the chain's electronic-invoice QR. */
    private void registerReceipts(Javalin app, String api) {
        app.put(api + "/admin/stores/{store}/logo", ctx -> {
            need(ctx, AdminRole.STORES);
            byte[] image;
            try (InputStream in = body(ctx, LOGO_LIMITS)) {
                image = in.readAllBytes();
            }
            ctx.json(logos.upload(ctx.pathParam("store"), image));
        });
        app.delete(api + "/admin/stores/{store}/logo", ctx -> {
            logos.remove(need(ctx, AdminRole.STORES).pathParam("store"));
            ctx.status(204);
        });
        app.put(api + "/admin/invoice", ctx -> ctx.json(invoices.configure(
                read(need(ctx, AdminRole.OWNER), Invoices.InvoiceSettings.class))));
        app.get(api + "/admin/invoice/verify", ctx -> {
            AdminAuth.require(admin(ctx), AdminRole.MONITOR, AdminRole.STORES);
            String url = ctx.queryParam("url");
            if (url == null || url.isBlank()) {
                throw CentralException.malformed("Give the scanned link as ?url=");
            }
            ctx.json(invoices.verify(url));
        });
    }

    /** Staff: one by one, by import (JSON array or CSV), disabled, given new PINs, listed per store. */
    private void registerStaff(Javalin app, String api) {
        app.post(api + "/admin/staff", ctx -> ctx.status(201).json(staff.create(
                read(need(ctx, AdminRole.STAFF), StaffRecords.StaffRow.class))));
        app.post(api + "/admin/staff/import", ctx -> ctx.json(new ImportResult(staff.importRows(
                rows(need(ctx, AdminRole.STAFF), StaffRecords.StaffRow.class, ImportCsv::staff)))));
        app.post(api + "/admin/staff/{code}/disable", ctx -> {
            staff.disable(need(ctx, AdminRole.STAFF).pathParam("code"));
            ctx.status(204);
        });
        app.post(api + "/admin/staff/{code}/enable", ctx -> {
            staff.enable(need(ctx, AdminRole.STAFF).pathParam("code"));
            ctx.status(204);
        });
        app.post(api + "/admin/staff/{code}/reset-pin", ctx -> {
            staff.resetPin(need(ctx, AdminRole.STAFF).pathParam("code"), read(ctx, StaffRecords.PinReset.class));
            ctx.status(204);
        });
        app.get(api + "/admin/stores/{store}/staff", ctx -> ctx.json(staff.ofStore(
                need(ctx, AdminRole.STAFF).pathParam("store"))));
    }

    private void push(Context ctx) throws IOException {
        TerminalIdentity who = auth.authenticate(ctx.header("Authorization"));
        PushBatch batch;
        try (InputStream in = body(ctx, PUSH_LIMITS)) {
            batch = mapper.readValue(in, PushBatch.class);
        } catch (BodyLimit.TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw CentralException.malformed("The batch is not JSON: " + e.getMessage());
        }
        ctx.json(ingest.push(who, batch));
    }

    private void changes(Context ctx) throws IOException {
        TerminalIdentity who = auth.authenticate(ctx.header("Authorization"));
        String store = ctx.queryParam("store");
        if (store != null && !store.equals(who.storeCode())) {
            throw CentralException.forbidden("Terminal " + who.terminalCode()
                    + " may only read the feed of store " + who.storeCode());
        }
        long after = parseLong(ctx.queryParam("after"), 0);
        int limit = (int) parseLong(ctx.queryParam("limit"), 5000);
        feed.notePull(who.terminalId(), after);
        ctx.contentType("application/json");
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            try (OutputStream out = new FastGzip(ctx.outputStream())) {
                feed.writePage(who.storeId(), who.terminalId(), after, limit, out);
            }
        } else {
            feed.writePage(who.storeId(), who.terminalId(), after, limit, ctx.outputStream());
        }
    }

    /** A JSON array or, with Content-Type text/csv, a CSV file with a header row; both streamed. */
    private <T> Iterator<T> rows(Context ctx, Class<T> type, Function<Map<String, String>, T> fromCsv)
            throws IOException {
        InputStream in = body(ctx, IMPORT_LIMITS);
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("text/csv")) {
            return CsvRows.of(in, contentType, fromCsv);
        }
        return mapper.readerFor(type).readValues(in);
    }

    /** Promotions are few and checked together: a JSON array or a CSV file, read whole. */
    private List<ImportRecords.PromotionRow> promotionRows(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.startsWith("text/csv")) {
            return List.of(read(ctx, ImportRecords.PromotionRow[].class));
        }
        List<ImportRecords.PromotionRow> rows = new ArrayList<>();
        try (InputStream in = body(ctx, JSON_LIMITS)) {
            CsvRows.of(in, contentType, PromotionCsv::row).forEachRemaining(rows::add);
        }
        return rows;
    }

    private <T> T read(Context ctx, Class<T> type) throws BodyLimit.TooLarge {
        try (InputStream in = body(ctx, JSON_LIMITS)) {
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

    /** How much a body may hold as sent and once expanded (a gzip body may expand a thousandfold). */
    record Limits(long sent, long expanded) {
    }

    /** A push is read whole: up to 500 events of a few kilobytes each, with room to spare. */
    static final Limits PUSH_LIMITS = new Limits(8L << 20, 32L << 20);
    /** Admin bodies read whole: a store, a key, a list of promotions or coupons. */
    static final Limits JSON_LIMITS = new Limits(16L << 20, 16L << 20);
    /** A store logo is one image file, read whole (the centre refuses more than this before reading it). */
    static final Limits LOGO_LIMITS = new Limits(StoreLogos.MAX_BYTES, StoreLogos.MAX_BYTES);
    /** Product, price and member imports are streamed in chunks, so they may be large. */
    static final Limits IMPORT_LIMITS = new Limits(512L << 20, 2L << 30);

    /**
     * The request body, counted as sent and, for gzip, counted again as it expands: past either
     * limit reading fails with {@link BodyLimit.TooLarge} (413), so memory stays bounded.
     */
    static InputStream body(Context ctx, Limits limits) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.sent()) {
            throw new BodyLimit.TooLarge(limits.sent(), false);
        }
        InputStream in = new BodyLimit(ctx.bodyInputStream(), limits.sent(), false);
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && encoding.contains("gzip")) {
            try {
                in = new GZIPInputStream(in, 65536);
            } catch (ZipException e) {
                throw CentralException.malformed("The body is marked gzip but is not gzip");
            }
        }
        return new BodyLimit(in, limits.expanded(), true);
    }

    private static final String ADMIN = "opentill.admin";

    private static AdminIdentity admin(Context ctx) {
        return ctx.attribute(ADMIN);
    }

    /** 403 unless the caller has {@code role}; returns the context for chaining. */
    private static Context need(Context ctx, AdminRole role) {
        AdminAuth.require(admin(ctx), role);
        return ctx;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw CentralException.malformed("Not a date (yyyy-MM-dd): " + (s.length() > 20 ? s.substring(0, 20) : s));
        }
    }

    private static long parseLong(String s, long dflt) {
        try {
            return s == null ? dflt : Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw CentralException.malformed("Not a number: " + s);
        }
    }

    /** gzip at the fastest level: the feed is large and the link is usually a store's LAN or WAN. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 65536);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
