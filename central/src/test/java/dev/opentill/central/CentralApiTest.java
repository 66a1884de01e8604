package dev.opentill.central;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.central.jooq.Tables;

/** The admin API on the embedded H2 default: no setup, real HTTP on loopback. */
class CentralApiTest {
    @TempDir
    static Path dir;
    private static CentralPlatform central;
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final ObjectMapper JSON = CentralPlatform.objectMapper();

    @BeforeAll
    static void start() {
        central = CentralPlatform.start(CentralConfig.embedded(dir, 0, "secret"));
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer call(String method, String path, String token, String contentType, String body)
            throws IOException {
        Request.Builder b = new Request.Builder().url(central.url() + "/api/v1" + path);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? null : RequestBody.create(body, MediaType.get(contentType)));
        try (Response res = HTTP.newCall(b.build()).execute()) {
            String text = res.body().string();
            return new Answer(res.code(), text.isEmpty() ? null : JSON.readTree(text));
        }
    }

    @Test
    void pingNamesTheService() throws IOException {
        Answer a = call("GET", "/ping", null, null, null);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("service").asText()).isEqualTo("opentill-central");
    }

    @Test
    void theAdminApiRefusesCallsWithoutTheAdminToken() throws IOException {
        Answer none = call("POST", "/admin/stores", null, "application/json", "{\"code\":\"X\",\"name\":\"X\"}");
        Answer wrong = call("POST", "/admin/stores", "guess", "application/json", "{\"code\":\"X\",\"name\":\"X\"}");

        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(central.dsl().fetchCount(Tables.STORE,
                Tables.STORE.CODE.eq("X"))).isZero();
    }

    @Test
    void terminalsAppearInTheSyncStatusAndUnknownStoresAre404() throws IOException {
        call("POST", "/admin/stores", "secret", "application/json", "{\"code\":\"SH01\",\"name\":\"上海一店\"}");
        Answer terminal = call("POST", "/admin/stores/SH01/terminals", "secret", "application/json",
                "{\"code\":\"T9\"}");
        Answer code = call("POST", "/admin/stores/SH01/terminals/T9/enrollment-codes", "secret", "application/json",
                "{}");
        Answer unknown = call("POST", "/admin/stores/NOPE/terminals", "secret", "application/json",
                "{\"code\":\"T1\"}");
        Answer status = call("GET", "/admin/terminals/status", "secret", null, null);

        assertThat(terminal.status()).isEqualTo(201);
        assertThat(code.body().get("code").asText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status.body().findValuesAsText("terminalCode")).contains("T9");
    }

    @Test
    void twoProductsWithTheSameScalePluAreAConflictNotAServerError() throws IOException {
        call("POST", "/admin/tax-classes", "secret", "application/json",
                "[{\"code\":\"V9\",\"nameZh\":\"税\",\"nameEn\":\"Tax\",\"rateBp\":900}]");
        Answer first = call("POST", "/admin/products", "secret", "text/csv",
                "sku,name_zh,name_en,tax_class_code,base_price_minor,sold_by_weight,scale_plu\nW1,苹果,Apple,V9,800,true,1001\n");
        Answer second = call("POST", "/admin/products", "secret", "text/csv",
                "sku,name_zh,name_en,tax_class_code,base_price_minor,sold_by_weight,scale_plu\nW2,香蕉,Banana,V9,600,true,1001\n");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(central.dsl().fetchCount(Tables.PRODUCT,
                Tables.PRODUCT.SKU.eq("W2"))).isZero();
    }

    @Test
    void aProductImportWithAMissingFieldIsRefusedWithTheLine() throws IOException {
        Answer a = call("POST", "/admin/products", "secret", "text/csv",
                "sku,name_zh,name_en,tax_class_code\nZ1,茶,,VAT\n");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("line 2");
    }
}
