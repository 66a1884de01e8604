package dev.opentill.central;

import static dev.opentill.central.jooq.Tables.ADMIN_AUDIT;
import static dev.opentill.central.jooq.Tables.ADMIN_KEY;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back-office keys over real HTTP: least privilege per key, hashed at rest, revocable, audited. */
class AdminKeysTest {
    @TempDir
    Path dir;
    private CentralPlatform central;
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final ObjectMapper JSON = CentralPlatform.objectMapper();

    @BeforeEach
    void start() {
        central = CentralPlatform.start(CentralConfig.embedded(dir, 0, "owner-secret"));
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer call(String method, String path, String key, String json) throws IOException {
        Request.Builder b = new Request.Builder().url(central.url() + "/api/v1" + path);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        b.method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
        try (Response res = HTTP.newCall(b.build()).execute()) {
            String text = res.body().string();
            return new Answer(res.code(), text.isEmpty() ? null : JSON.readTree(text));
        }
    }

    private String issue(String name, String roles) throws IOException {
        Answer a = call("POST", "/admin/keys", "owner-secret", "{\"name\":\"" + name + "\",\"roles\":" + roles + "}");
        assertThat(a.status()).isEqualTo(201);
        return a.body().get("key").asText();
    }

    @Test
    void aCatalogKeyImportsProductsButCannotTouchStoresOrKeys() throws IOException {
        String catalog = issue("erp-sync", "[\"catalog\"]");
        call("POST", "/admin/tax-classes", catalog,
                "[{\"code\":\"VAT13\",\"nameZh\":\"增值税\",\"nameEn\":\"VAT\",\"rateBp\":1300}]");

        Answer products = call("POST", "/admin/products", catalog,
                "[{\"sku\":\"P1\",\"nameZh\":\"可乐\",\"nameEn\":\"Cola\","
                        + "\"taxClassCode\":\"VAT13\",\"basePriceMinor\":300,\"barcodes\":[\"6901234000016\"]}]");
        Answer store = call("POST", "/admin/stores", catalog, "{\"code\":\"X1\",\"name\":\"X\"}");
        Answer keys = call("POST", "/admin/keys", catalog, "{\"name\":\"me-too\",\"roles\":[\"owner\"]}");
        Answer status = call("GET", "/admin/terminals/status", catalog, null);

        assertThat(products.status()).isEqualTo(200);
        assertThat(central.dsl().fetchCount(PRODUCT)).isEqualTo(1);
        assertThat(store.status()).isEqualTo(403);
        assertThat(store.body().get("message").asText()).isEqualTo("Admin key erp-sync needs the role STORES");
        assertThat(central.dsl().fetchCount(STORE)).isZero();
        assertThat(keys.status()).isEqualTo(403);
        assertThat(status.status()).isEqualTo(403);
    }

    @Test
    void keysAreHashedAtRestListedWithoutSecretsAndRevocable() throws IOException {
        String monitor = issue("noc", "[\"MONITOR\"]");
        assertThat(call("GET", "/admin/terminals/status", monitor, null).status()).isEqualTo(200);

        String stored = central.dsl().select(ADMIN_KEY.KEY_HASH).from(ADMIN_KEY).fetchSingle().value1();
        assertThat(stored).doesNotContain(monitor.substring(monitor.indexOf('.') + 1));
        Answer list = call("GET", "/admin/keys", "owner-secret", null);
        assertThat(list.body().toString()).contains("noc", "MONITOR").doesNotContain(monitor);
        assertThat(call("POST", "/admin/keys", "owner-secret", "{\"name\":\"noc\",\"roles\":[\"MONITOR\"]}").status())
                .isEqualTo(409);
        assertThat(call("POST", "/admin/keys", "owner-secret", "{\"name\":\"x\",\"roles\":[\"ROOT\"]}").status())
                .isEqualTo(400);

        assertThat(call("POST", "/admin/keys/noc/revoke", "owner-secret", "{}").status()).isEqualTo(204);
        Answer after = call("GET", "/admin/terminals/status", monitor, null);
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void changesAndRefusalsAreAuditedWithWhoMadeThem() throws IOException {
        String stores = issue("area-manager", "[\"STORES\"]");
        call("POST", "/admin/stores", stores, "{\"code\":\"SH01\",\"name\":\"上海一店\"}");
        call("POST", "/admin/products", stores, "[]");
        call("POST", "/admin/stores", "guess", "{\"code\":\"SH02\",\"name\":\"x\"}");
        call("GET", "/admin/terminals/status", stores, null);

        var audit = central.dsl().select(ADMIN_AUDIT.ADMIN_NAME, ADMIN_AUDIT.METHOD, ADMIN_AUDIT.PATH,
                ADMIN_AUDIT.STATUS).from(ADMIN_AUDIT).orderBy(ADMIN_AUDIT.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4());
        // The successful read is not audited; the key issue, the change and both refusals are.
        assertThat(audit).containsExactly(
                "bootstrap-owner POST /api/v1/admin/keys 201",
                "area-manager POST /api/v1/admin/stores 201",
                "area-manager POST /api/v1/admin/products 403",
                "null POST /api/v1/admin/stores 401");
        Answer read = call("GET", "/admin/audit?limit=2", "owner-secret", null);
        assertThat(read.body()).hasSize(2);
        assertThat(read.body().get(0).get("status").asInt()).isEqualTo(401);
    }
}
