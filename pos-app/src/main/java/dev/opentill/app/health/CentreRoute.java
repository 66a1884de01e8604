package dev.opentill.app.health;

import dev.opentill.core.health.HealthItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.sync.SyncProtocol;
import dev.opentill.sync.SyncJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The route from this till to its centre, step by step, so a failure names the step: the name
 * resolves, a connection opens, TLS is accepted (https only), the centre answers its ping (and
 * says its time, for the clock difference), and the till's credential is accepted.
 */
final class CentreRoute {
    static final Duration WARN_SKEW = Duration.ofSeconds(5);
    static final Duration FAIL_SKEW = Duration.ofSeconds(60);

    private final Duration timeout;
    private final Clock clock;
    private final ObjectMapper json = SyncJson.mapper();

    CentreRoute(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    List<HealthItem> check(String url, String storeCode, String credential) {
        List<HealthItem> items = new ArrayList<>();
        if (url == null || credential == null) {
            items.add(HealthItem.fail("centre", "health.centre.notEnrolled"));
            return items;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            items.add(HealthItem.fail("centre", "health.centre.badUrl", url));
            return items;
        }
        String host = uri.getHost();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
            items.add(HealthItem.ok("centre.dns", "health.centre.dns", host, address.getHostAddress()));
        } catch (UnknownHostException | IllegalArgumentException e) {
            items.add(HealthItem.fail("centre.dns", "health.centre.dnsFailed", host));
            return items;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            items.add(HealthItem.ok("centre.connect", "health.centre.connect", host, port));
            if (tls) {
                try (SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(s, host, port, false)) {
                    ssl.setSoTimeout((int) timeout.toMillis());
                    ssl.startHandshake();
                    items.add(HealthItem.ok("centre.tls", "health.centre.tls", ssl.getSession().getProtocol()));
                } catch (IOException e) {
                    items.add(HealthItem.fail("centre.tls", "health.centre.tlsFailed", host, e.getMessage()));
                    return items;
                }
            }
        } catch (IOException e) {
            items.add(HealthItem.fail("centre.connect", "health.centre.connectFailed", host, port));
            return items;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            Instant sent = clock.instant();
            HttpResponse<byte[]> ping = http.send(HttpRequest.newBuilder(URI.create(base + SyncProtocol.API + "/ping"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            Instant received = clock.instant();
            SyncProtocol.Ping p = ping.statusCode() == 200 ? readPing(ping.body()) : null;
            if (p == null || !SyncProtocol.SERVICE.equals(p.service())) {
                items.add(HealthItem.fail("centre.ping", "health.centre.notCentral", url, ping.statusCode()));
                return items;
            }
            items.add(skew(p.serverTime(), sent, received));
            String changes = base + SyncProtocol.API + "/sync/changes?store="
                    + URLEncoder.encode(storeCode == null ? "" : storeCode, StandardCharsets.UTF_8)
                    + "&after=0&limit=1";
            HttpResponse<Void> auth = http.send(HttpRequest.newBuilder(URI.create(changes)).timeout(timeout)
                    .header("Authorization", "Bearer " + credential).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (auth.statusCode() == 200) {
                items.add(HealthItem.ok("centre.credential", "health.centre.credential"));
            } else if (auth.statusCode() == 401 || auth.statusCode() == 403) {
                items.add(HealthItem.fail("centre.credential", "health.centre.credentialRefused", auth.statusCode()));
            } else {
                items.add(HealthItem.fail("centre.credential", "health.centre.serverError", auth.statusCode()));
            }
        } catch (IOException e) {
            items.add(HealthItem.fail("centre.ping", "health.centre.noAnswer", url, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            items.add(HealthItem.fail("centre.ping", "health.centre.noAnswer", url, "interrupted"));
        }
        return items;
    }

    private SyncProtocol.Ping readPing(byte[] body) {
        try {
            return json.readValue(body, SyncProtocol.Ping.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The centre's clock against the middle of the round trip. */
    static HealthItem skew(Instant server, Instant sent, Instant received) {
        Instant local = sent.plus(Duration.between(sent, received).dividedBy(2));
        Duration d = Duration.between(local, server).abs();
        long ms = d.toMillis();
        if (d.compareTo(FAIL_SKEW) > 0) {
            return HealthItem.fail("centre.clock", "health.clock.far", ms);
        }
        if (d.compareTo(WARN_SKEW) > 0) {
            return HealthItem.warn("centre.clock", "health.clock.off", ms);
        }
        return HealthItem.ok("centre.clock", "health.clock.ok", ms);
    }
}
