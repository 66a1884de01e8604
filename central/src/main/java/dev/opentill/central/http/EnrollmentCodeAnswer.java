package dev.opentill.central.http;

import dev.opentill.central.admin.StoreAdmin.EnrollmentCode;
import dev.opentill.core.sync.EnrollmentQr;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * A new enrollment code as the admin API answers it: besides the code, the centre's URL as the
 * admin reached it and the QR payload holding both ({@link EnrollmentQr}), so a till scans one
 * code instead of typing two. Behind a TLS proxy the forwarded scheme and host are used.
 */
record EnrollmentCodeAnswer(String storeCode, String terminalCode, String code, Instant expiresAt, String url,
        String qr) {

    static EnrollmentCodeAnswer of(EnrollmentCode c, Context ctx) {
        String url = publicUrl(ctx);
        return new EnrollmentCodeAnswer(c.storeCode(), c.terminalCode(), c.code(), c.expiresAt(), url,
                new EnrollmentQr(url, c.code()).payload());
    }

    static String publicUrl(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        String host = ctx.header("X-Forwarded-Host");
        String scheme = proto != null && proto.matches("https?") ? proto : ctx.scheme();
        String h = host != null && host.matches("[A-Za-z0-9.\\-:\\[\\]]{1,255}") ? host : ctx.host();
        return scheme + "://" + h;
    }
}
