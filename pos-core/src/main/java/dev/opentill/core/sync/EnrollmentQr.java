package dev.opentill.core.sync;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the centre's enrollment QR code holds: the centre's URL and a one-time code, as
 * {@code opentill:enroll?url=<url-encoded>&code=<code>}. A till that scans it needs nothing typed.
 * {@link #parse} refuses anything else (other text, missing or repeated parts, a URL that is not
 * http or https, oversized parts), since a scanner may deliver any barcode.
 */
public record EnrollmentQr(String url, String code) {
    public static final String PREFIX = "opentill:enroll?";
    static final int MAX_URL = 300;
    static final int MAX_CODE = 100;

    public EnrollmentQr {
        if (url == null || url.length() > MAX_URL || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("An enrollment QR needs an http or https URL of at most " + MAX_URL
                    + " characters");
        }
        URI.create(url);
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            throw new IllegalArgumentException("An enrollment QR needs a one-time code");
        }
    }

    public String payload() {
        return PREFIX + "url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    public static EnrollmentQr parse(String text) {
        if (text == null || !text.strip().startsWith(PREFIX) || text.length() > 2 * (MAX_URL + MAX_CODE)) {
            throw new IllegalArgumentException("Not an OpenTill enrollment code: it starts with " + PREFIX);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String kv : text.strip().substring(PREFIX.length()).split("&")) {
            int eq = kv.indexOf('=');
            String key = eq < 0 ? kv : kv.substring(0, eq);
            if (eq < 0 || !(key.equals("url") || key.equals("code"))
                    || parts.put(key, URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("Not an OpenTill enrollment code: unexpected '" + kv + "'");
            }
        }
        return new EnrollmentQr(parts.get("url"), parts.get("code"));
    }
}
