package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.STORE_LOGO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.sync.internal.TillSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's logo reaches that store's tills only; each till receives its own invoice signing key. */
class ReceiptAssetsFeedTest {
    private static final String TEMPLATE = "https://fapiao.example.cn/i/{store}/{terminal}/{receipt}?a={amount}"
            + "&sig={sig}";
    private static CentralFixture central;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    private String call(String method, String path, String contentType, byte[] body) throws IOException {
        Request req = new Request.Builder().url(central.url() + "/api/v1/admin" + path)
                .header("Authorization", "Bearer " + CentralFixture.TOKEN)
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get(contentType))).build();
        try (Response res = http.newCall(req).execute()) {
            String text = res.body().string();
            assertThat(res.code()).as(text).isBetween(200, 204);
            return text;
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillOval(20, 10, 160, 60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aLogoGoesToItsOwnStoresTillsOnlyAndEachTillSignsWithItsOwnKey(@TempDir Path dir) throws IOException {
        String a = CentralFixture.unique("LA");
        String b = CentralFixture.unique("LB");
        try (TillFixture a1 = TillFixture.enrolled(dir.resolve("a1"), central, a, "T1", central.url());
                TillFixture a2 = TillFixture.another(dir.resolve("a2"), central, a, "T2");
                TillFixture b1 = TillFixture.enrolled(dir.resolve("b1"), central, b, "T1", central.url());
                SyncAgent agentA1 = a1.agent();
                SyncAgent agentA2 = a2.agent();
                SyncAgent agentB1 = b1.agent()) {
            TillSettings.put(a2.dsl(), TillSettings.SYNC_URL, central.url());
            byte[] logo = png();
            call("PUT", "/stores/" + a + "/logo", "image/png", logo);
            call("PUT", "/invoice", "application/json",
                    ("{\"enabled\":true,\"urlTemplate\":\"" + TEMPLATE + "\"}").getBytes(StandardCharsets.UTF_8));

            for (SyncAgent agent : new SyncAgent[]{agentA1, agentA2, agentB1}) {
                assertThat(agent.syncNow().lastError()).isNull();
            }

            assertThat(a1.dsl().selectFrom(STORE_LOGO).fetchSingle().getImage()).isEqualTo(logo);
            assertThat(a2.dsl().selectFrom(STORE_LOGO).fetchSingle().getImage()).isEqualTo(logo);
            assertThat(b1.dsl().fetchCount(STORE_LOGO)).as("another store's logo").isZero();
            String keyA1 = TillSettings.get(a1.dsl(), "receipt.invoice.key");
            String keyA2 = TillSettings.get(a2.dsl(), "receipt.invoice.key");
            assertThat(keyA1).matches("[0-9a-f]{64}").isNotEqualTo(keyA2);
            assertThat(TillSettings.get(a1.dsl(), "receipt.invoice.url")).isEqualTo(TEMPLATE);
            // The centre recognises A1's signature as A1's (the sale is not there yet), and refuses A1's key for A2.
            InvoiceLink.Fields asA1 = new InvoiceLink.Fields(a, "T1", a + "-T1-1", "9.90");
            InvoiceLink.Fields asA2 = new InvoiceLink.Fields(a, "T2", a + "-T2-1", "9.90");
            assertThat(verdict(InvoiceLink.url(TEMPLATE, HexFormat.of().parseHex(keyA1), asA1)))
                    .contains("UNKNOWN_RECEIPT");
            assertThat(verdict(InvoiceLink.url(TEMPLATE, HexFormat.of().parseHex(keyA1), asA2))).contains("FORGED");

            // Removing the logo and switching the QR off reach the tills the same way.
            call("DELETE", "/stores/" + a + "/logo", null, null);
            call("PUT", "/invoice", "application/json",
                    ("{\"enabled\":false,\"urlTemplate\":\"" + TEMPLATE + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(agentA1.syncNow().lastError()).isNull();
            assertThat(a1.dsl().fetchCount(STORE_LOGO)).isZero();
            assertThat(TillSettings.get(a1.dsl(), "receipt.invoice.key")).isNull();
        }
    }

    private String verdict(String url) throws IOException {
        Request req = new Request.Builder().url(central.url() + "/api/v1/admin/invoice/verify?url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + CentralFixture.TOKEN).get().build();
        try (Response res = http.newCall(req).execute()) {
            return res.body().string();
        }
    }
}
