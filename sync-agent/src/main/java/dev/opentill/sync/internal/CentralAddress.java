package dev.opentill.sync.internal;

import dev.opentill.sync.SyncError;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.SyncException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;
import org.jooq.DSLContext;

/**
 * Which centre addresses the till may send its credential or an enrollment code to: {@code https}
 * anywhere; plain {@code http} only to this machine (a TLS proxy or the demo's centre on loopback),
 * unless the store setting {@code sync.allow_plain_http} says the network is trusted. The check
 * runs before any request, so nothing secret leaves the till over an address it refuses.
 */
public final class CentralAddress {
    private CentralAddress() {
    }

    /** True if the store allows plain http to other machines. */
    public static boolean plainHttpAllowed(DSLContext till) {
        return "true".equalsIgnoreCase(TillSettings.get(till, TillSettings.ALLOW_PLAIN_HTTP));
    }

    /** Throws a showable {@link SyncException} if the till must not talk to this address. */
    public static void check(String url, boolean plainHttpAllowed) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new SyncException(new SyncError(Kind.WRONG_URL, String.valueOf(url)), null);
        }
        if (parsed.isHttps() || plainHttpAllowed || isLoopback(parsed.host())) {
            return;
        }
        throw new SyncException(new SyncError(Kind.PLAIN_HTTP, url), null);
    }

    /** Only literal loopback addresses and {@code localhost}: a name is never looked up here. */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
