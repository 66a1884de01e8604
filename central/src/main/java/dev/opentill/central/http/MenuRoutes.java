package dev.opentill.central.http;

import dev.opentill.central.admin.ImportRecords;
import dev.opentill.central.admin.ImportRecords.ImportResult;
import dev.opentill.central.admin.MenuImport;
import dev.opentill.central.auth.AdminRole;
import dev.opentill.central.error.CentralException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The made-to-order menu's imports: the whole of it (or any part) as one JSON document, or one
 * part as CSV ({@link MenuCsv}); each import all or nothing, by a catalog administrator.
 */
final class MenuRoutes {
    /** Reads an admin's JSON body as {@code type}, with the routes' own limits and messages. */
    interface JsonBody {
        <T> T read(Context ctx, Class<T> type) throws IOException;
    }

    private final MenuImport menus;
    private final JsonBody json;
    private final BiFunction<Context, AdminRole, Context> need;

    MenuRoutes(MenuImport menus, JsonBody json, BiFunction<Context, AdminRole, Context> need) {
        this.menus = menus;
        this.json = json;
        this.need = need;
    }

    void register(Javalin app, String api) {
        app.post(api + "/admin/menu", ctx -> ctx.json(new ImportResult(menus.menu(
                json.read(catalog(ctx), ImportRecords.MenuRows.class)))));
        app.post(api + "/admin/menu/option-groups", ctx -> ctx.json(new ImportResult(menus.menu(
                new ImportRecords.MenuRows(MenuCsv.groups(csv(catalog(ctx), MenuCsv::option)), null, null)))));
        app.post(api + "/admin/menu/products", ctx -> ctx.json(new ImportResult(menus.menu(
                new ImportRecords.MenuRows(null, csv(catalog(ctx), MenuCsv::product), null)))));
        app.post(api + "/admin/menu/combos", ctx -> ctx.json(new ImportResult(menus.menu(
                new ImportRecords.MenuRows(null, null, MenuCsv.combos(csv(catalog(ctx), MenuCsv::slotProduct)))))));
    }

    private Context catalog(Context ctx) {
        return need.apply(ctx, AdminRole.CATALOG);
    }

    /** A small CSV import read whole (a menu is a few thousand rows at most). */
    private static <T> List<T> csv(Context ctx, Function<Map<String, String>, T> fromCsv) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.startsWith("text/csv")) {
            throw CentralException.malformed("Send this part of the menu as text/csv, or the whole menu as JSON "
                    + "to /admin/menu");
        }
        List<T> rows = new ArrayList<>();
        try (InputStream in = Routes.body(ctx, Routes.JSON_LIMITS)) {
            CsvRows.of(in, contentType, fromCsv).forEachRemaining(rows::add);
        }
        return rows;
    }
}
