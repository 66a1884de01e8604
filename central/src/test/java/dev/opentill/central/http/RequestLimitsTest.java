package dev.opentill.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a big or hostile request costs the centre: bounded reads, bounded answers. */
class RequestLimitsTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;

    @BeforeAll
    static void start() {
        centre = new PushHarness(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    /** {@code {"events":[]  ...spaces...  }}: valid JSON that expands to {@code mib} MiB from a few hundred KiB. */
    private static byte[] gzipBomb(int mib) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write("{\"events\":[]".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < mib; i++) {
                gz.write(spaces);
            }
            gz.write('}');
        }
        return buf.toByteArray();
    }

    @Test
    void aPushThatExpandsBeyondItsLimitIsRefusedWith413() throws IOException {
        byte[] bomb = gzipBomb(40);

        Answer a = centre.pushGzipped(bomb);

        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(a.status()).as(a.text()).isEqualTo(413);
        assertThat(a.body().get("code").asText()).isEqualTo("TOO_LARGE");
    }

    @Test
    void aPushWithinItsLimitsIsStillAnswered() {
        Answer a = centre.push(List.of(centre.sale()));

        assertThat(a.status()).as(a.text()).isEqualTo(200);
    }

    @Test
    void aRefusalOfAHugeValueIsAnsweredInAFewHundredBytes() throws IOException {
        String hugeSku = "X".repeat(1 << 20);
        byte[] body = ("[{\"sku\":\"" + hugeSku + "\"}]").getBytes(StandardCharsets.UTF_8);

        Answer a = centre.post("/admin/products", body, false, "admin-secret");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text().length()).isLessThan(2000);
    }

    @Test
    void anImportMarkedGzipThatIsNotGzipIsRefusedAsMalformed() throws IOException {
        Answer a = centre.post("/admin/products", "[]".getBytes(StandardCharsets.UTF_8), true, "admin-secret");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("code").asText()).isEqualTo("MALFORMED");
    }
}
