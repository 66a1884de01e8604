package dev.opentill.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jooq.DSLContext;
import dev.opentill.central.jooq.Tables;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

/** A real central platform on a real (embedded) PostgreSQL, shared by the tests of one class. */
final class CentralFixture implements AutoCloseable {
    static final String TOKEN = "test-admin-token";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final EmbeddedPostgres pg;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper mapper = SyncJson.mapper();
    private CentralConfig config;
    private CentralPlatform central;

    private CentralFixture(EmbeddedPostgres pg, CentralConfig config) {
        this.pg = pg;
        this.config = config;
        this.central = CentralPlatform.start(config);
        this.config = config.withPort(central.port());
    }

    /** A centre on the embedded H2 default (PostgreSQL mode) in {@code dir}. */
    static CentralFixture startEmbedded(Path dir) {
        return new CentralFixture(null, CentralConfig.embedded(dir, 0, TOKEN));
    }

    static CentralFixture start() {
        return start(Clock.systemUTC());
    }

    static CentralFixture start(Clock clock) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            CentralConfig config = CentralConfig.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    0, TOKEN).withClock(clock);
            config = new CentralConfig(config.jdbcUrl(), config.dbUser(), config.dbPassword(), null, "127.0.0.1", 0,
                    TOKEN, 8, Duration.ofHours(1), clock);
            return new CentralFixture(pg, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CentralPlatform central() {
        return central;
    }

    String url() {
        return central.url();
    }

    int port() {
        return central.port();
    }

    DSLContext dsl() {
        return central.dsl();
    }

    /** Stops the centre and starts it again on the same port and database. */
    void restart() {
        central.close();
        central = CentralPlatform.start(config);
    }

    void stop() {
        central.close();
    }

    void startAgain() {
        central = CentralPlatform.start(config);
    }

    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet();
    }

    /** Creates a store with one terminal and returns a fresh one-time enrollment code for it. */
    String storeWithTerminal(String store, String terminal) {
        admin("/stores", Map.of("code", store, "name", "Store " + store));
        admin("/stores/" + store + "/terminals", Map.of("code", terminal));
        return admin("/stores/" + store + "/terminals/" + terminal + "/enrollment-codes", Map.of()).get("code")
                .asText();
    }

    /** Adds a terminal to an existing store and returns a one-time enrollment code for it. */
    String terminalOf(String store, String terminal) {
        admin("/stores/" + store + "/terminals", Map.of("code", terminal));
        return admin("/stores/" + store + "/terminals/" + terminal + "/enrollment-codes", Map.of()).get("code")
                .asText();
    }

    void seedTaxAndCategory() {
        admin("/tax-classes",
                List.of(Map.of("code", "VAT13", "nameZh", "增值税13%", "nameEn", "VAT 13%", "rateBp", 1300)));
        admin("/categories", List.of(Map.of("code", "DRINK", "nameZh", "饮料", "nameEn", "Drinks", "sortOrder", 1)));
    }

    /** Imports products SKU {prefix}0..{prefix}{n-1} as JSON and returns their ids in order. */
    List<UUID> products(String prefix, int n) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(prefix).append(i)
                    .append("\",\"nameZh\":\"咖啡").append(i).append("\",\"nameEn\":\"Coffee ").append(i)
                    .append("\",\"categoryCode\":\"DRINK\",\"taxClassCode\":\"VAT13\",\"basePriceMinor\":1200,")
                    .append("\"barcodes\":[\"").append(prefix).append("B").append(i).append("\"]}");
        }
        adminRaw("/products", "application/json", json.append("]").toString());
        return ids(prefix, n);
    }

    List<UUID> ids(String prefix, int n) {
        var p = Tables.PRODUCT;
        Map<String, UUID> bySku = dsl().select(p.SKU, p.ID).from(p).where(p.SKU.startsWith(prefix)).fetchMap(p.SKU,
                p.ID);
        return IntStream.range(0, n).mapToObj(i -> bySku.get(prefix + i)).toList();
    }

    JsonNode admin(String path, Object body) {
        try {
            return adminRaw(path, "application/json", mapper.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode adminRaw(String path, String contentType, String body) {
        Request req = new Request.Builder().url(url() + "/api/v1/admin" + path)
                .header("Authorization", "Bearer " + TOKEN)
                .post(RequestBody.create(body, MediaType.get(contentType + "; charset=utf-8"))).build();
        try (Response res = http.newCall(req).execute()) {
            String text = res.body().string();
            if (!res.isSuccessful()) {
                throw new IllegalStateException("admin " + path + " -> " + res.code() + " " + text);
            }
            return text.isEmpty() ? null : mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode adminGet(String path) {
        Request req = new Request.Builder().url(url() + "/api/v1/admin" + path)
                .header("Authorization", "Bearer " + TOKEN).get().build();
        try (Response res = http.newCall(req).execute()) {
            return mapper.readTree(res.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        central.close();
        http.dispatcher().executorService().shutdown();
        try {
            if (pg != null) {
                pg.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
