package dev.opentill.central.receipt;

import static dev.opentill.central.jooq.Tables.ADMIN_AUDIT;
import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.STORE_LOGO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.core.sync.FeedRecords;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A logo is checked whole at upload: every refusal is a clear 4xx and leaves nothing stored or announced. */
class StoreLogoUploadTest {
    private static final String OWNER = "admin-secret";
    private PushHarness harness;

    @BeforeEach
    void start(@TempDir Path dir) {
        harness = new PushHarness(dir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(width / 4, height / 4, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private Http.Answer upload(String store, byte[] body, String token) {
        return Http.call(harness.central, "PUT", "/admin/stores/" + store + "/logo", token, "image/png", body);
    }

    private void assertNothingStored() {
        assertThat(harness.central.dsl().fetchCount(STORE_LOGO)).isZero();
        assertThat(harness.central.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq(FeedRecords.STORE_LOGO)))
                .isZero();
    }

    @Test
    void aPngWithinTheLimitsIsStoredAnnouncedToItsStoreAndAudited() throws IOException {
        byte[] png = image("png", 300, 120);

        Http.Answer a = upload(PushHarness.STORE, png, OWNER);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("width").asInt()).isEqualTo(300);
        assertThat(a.body().get("format").asText()).isEqualTo("png");
        var row = harness.central.dsl().selectFrom(STORE_LOGO).fetchSingle();
        assertThat(row.getImage()).isEqualTo(png);
        assertThat(harness.central.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq(FeedRecords.STORE_LOGO)
                .and(CHANGE_LOG.STORE_ID.eq(row.getStoreId())))).isEqualTo(1);
        assertThat(harness.central.dsl().fetchCount(ADMIN_AUDIT, ADMIN_AUDIT.PATH.endsWith("/logo")
                .and(ADMIN_AUDIT.STATUS.eq(200)))).isEqualTo(1);
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWith413() {
        byte[] big = new byte[StoreLogos.MAX_BYTES + 1];

        assertThat(upload(PushHarness.STORE, big, OWNER).status()).isEqualTo(413);
        assertNothingStored();
    }

    @Test
    void anImageWiderThanTheLimitIsRefusedWith400NamingTheLimit() throws IOException {
        Http.Answer a = upload(PushHarness.STORE, image("png", StoreLogos.MAX_SIDE + 1, 10), OWNER);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("2049 x 10").contains("at most 2048");
        assertNothingStored();
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        Http.Answer a = upload(PushHarness.STORE, image("tiff", 50, 50), OWNER);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("tif").contains("PNG, JPEG, GIF or BMP");
        assertNothingStored();
    }

    @Test
    void bytesThatAreNoImageAndACutShortPngAreRefused() throws IOException {
        byte[] png = image("png", 200, 200);

        Http.Answer text = upload(PushHarness.STORE, "hello".getBytes(StandardCharsets.US_ASCII), OWNER);
        Http.Answer cut = upload(PushHarness.STORE, Arrays.copyOf(png, png.length / 2), OWNER);

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().get("message").asText()).contains("not a PNG, JPEG, GIF or BMP");
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.body().get("message").asText()).contains("damaged");
        assertNothingStored();
    }

    @Test
    void anUnknownStoreIs404AndAKeyWithoutTheStoresRoleIs403() throws IOException {
        byte[] png = image("png", 20, 20);
        String catalogKey = issue("catalog-only", "CATALOG");

        assertThat(upload("NOPE", png, OWNER).status()).isEqualTo(404);
        assertThat(upload(PushHarness.STORE, png, catalogKey).status()).isEqualTo(403);
        assertNothingStored();
    }

    private String issue(String name, String role) throws IOException {
        byte[] body = ("{\"name\":\"" + name + "\",\"roles\":[\"" + role + "\"]}").getBytes(StandardCharsets.UTF_8);
        return harness.admin("/admin/keys", body, "application/json").body().get("key").asText();
    }
}
