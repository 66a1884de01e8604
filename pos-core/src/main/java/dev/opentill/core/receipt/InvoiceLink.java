package dev.opentill.core.receipt;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The electronic-invoice (电子发票) link a receipt's QR carries: the chain's URL template filled with
 * the store, terminal, receipt number and amount, and a signature only that terminal can make.
 * Each terminal signs with its own key, HMAC-SHA256 of its id under the chain's secret, so the centre
 * derives any terminal's key from one secret, and a till (or someone who took its key) can sign only
 * as itself. The signature is the first 16 bytes of HMAC-SHA256 over the four fields, base64url.
 */
public final class InvoiceLink {
    /** The placeholders a template must hold, each once. */
    public static final List<String> PLACEHOLDERS = List.of("{receipt}", "{amount}", "{store}", "{terminal}", "{sig}");
    public static final int MAX_TEMPLATE = 300;
    private static final int SIGNATURE_BYTES = 16;
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /** What a link says: which sale, for how much ({@code amount} as printed, e.g. {@code 21.81}). */
    public record Fields(String store, String terminal, String receipt, String amount) {
    }

    /** A scanned link taken apart: its fields and the signature it came with. */
    public record Parsed(Fields fields, String signature) {
    }

    private InvoiceLink() {
    }

    /** Why {@code template} cannot be used, or null when it can. */
    public static String problem(String template) {
        if (template == null || template.isBlank() || template.length() > MAX_TEMPLATE) {
            return "a URL template of 1 to " + MAX_TEMPLATE + " characters is required";
        }
        if (!template.startsWith("https://") && !template.startsWith("http://")) {
            return "the template must start with https:// (or http://)";
        }
        if (template.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            return "the template may hold printable ASCII only (no spaces)";
        }
        for (String p : PLACEHOLDERS) {
            int first = template.indexOf(p);
            if (first < 0 || template.indexOf(p, first + 1) >= 0) {
                return "the template must hold " + p + " exactly once (it needs " + String.join(" ", PLACEHOLDERS)
                        + ")";
            }
        }
        Matcher m = ANY_PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                return "unknown placeholder " + m.group() + "; known: " + String.join(" ", PLACEHOLDERS);
            }
        }
        return null;
    }

    /** The signing key of terminal {@code terminalId} under the chain's {@code chainSecret}. */
    public static byte[] terminalKey(byte[] chainSecret, UUID terminalId) {
        return hmac(chainSecret, "opentill-invoice-terminal:" + terminalId);
    }

    public static String sign(byte[] terminalKey, Fields f) {
        byte[] mac = hmac(terminalKey, "opentill-invoice-v1\n" + f.store() + "\n" + f.terminal() + "\n" + f.receipt()
                + "\n" + f.amount());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, SIGNATURE_BYTES));
    }

    /** Whether {@code signature} is the one {@code terminalKey} makes for {@code f} (compared in constant time). */
    public static boolean verify(byte[] terminalKey, Fields f, String signature) {
        return signature != null && MessageDigest.isEqual(sign(terminalKey, f).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The template filled in and signed. */
    public static String url(String template, byte[] terminalKey, Fields f) {
        return template.replace("{receipt}", enc(f.receipt())).replace("{amount}", enc(f.amount()))
                .replace("{store}", enc(f.store())).replace("{terminal}", enc(f.terminal()))
                .replace("{sig}", enc(sign(terminalKey, f)));
    }

    /** Takes a scanned link apart by {@code template}; empty when it was not made from it. */
    public static Optional<Parsed> parse(String template, String url) {
        if (url == null || url.length() > 2 * MAX_TEMPLATE + 400) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder("^");
        Matcher m = ANY_PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start())));
            String name = m.group().substring(1, m.group().length() - 1);
            regex.append("(?<").append(name).append(">[^&#/?]{1,100})");
            at = m.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append('$');
        Matcher u = Pattern.compile(regex.toString()).matcher(url);
        if (!u.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(new Fields(dec(u.group("store")), dec(u.group("terminal")),
                    dec(u.group("receipt")), dec(u.group("amount"))), dec(u.group("sig"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a broken %-escape
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String dec(String v) {
        return URLDecoder.decode(v, StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
