package dev.opentill.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error answers carry a stable code and a plain message: no SQL, no table or column names. */
class ErrorAnswersTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;

    @BeforeAll
    static void start() throws IOException {
        centre = new PushHarness(dir);
        centre.post("/admin/tax-classes", "[{\"code\":\"VAT13\",\"nameZh\":\"增值税\",\"nameEn\":\"VAT\",\"rateBp\":1300}]"
                .getBytes(StandardCharsets.UTF_8), false, "admin-secret");
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static Answer admin(String path, String json) throws IOException {
        return centre.post(path, json.getBytes(StandardCharsets.UTF_8), false, "admin-secret");
    }

    @Test
    void aKeyUsedTwiceIsAConflictWhoseAnswerQuotesNoSql() throws IOException {
        Answer a = admin("/admin/products",
                "[{\"sku\":\"A\",\"nameZh\":\"苹果\",\"nameEn\":\"Apple\",\"taxClassCode\":\"VAT13\","
                        + "\"basePriceMinor\":100,\"scalePlu\":\"00042\"},{\"sku\":\"B\",\"nameZh\":\"梨\",\"nameEn\":\"Pear\","
                        + "\"taxClassCode\":\"VAT13\",\"basePriceMinor\":100,\"scalePlu\":\"00042\"}]");

        assertThat(a.status()).as(a.text()).isEqualTo(409);
        assertThat(a.body().get("code").asText()).isEqualTo("CONFLICT");
        assertThat(a.body().get("message").asText().toLowerCase()).doesNotContain("insert", "select", "product_",
                "constraint", "scale_plu");
    }

    @Test
    void aValueTooLongForItsColumnIsMalformedAndQuotesNoSql() throws IOException {
        Answer a = admin("/admin/stores", "{\"code\":\"" + "S".repeat(300) + "\",\"name\":\"Too long\"}");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText().toLowerCase()).doesNotContain("insert", "varchar", "store");
    }

    @Test
    void anUnknownPathAnswersTheDocumentedJsonError() throws IOException {
        Answer a = admin("/no/such/thing", "{}");

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).as(a.text()).isNotNull();
        assertThat(a.body().get("code").asText()).isEqualTo("NOT_FOUND");
    }
}
