package dev.opentill.central.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.central.error.CentralException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an outsider can learn or try against terminal authentication and enrollment. */
class TerminalAuthTest {
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

    private static long medianNanosToRefuse(TerminalAuth auth, String credential) {
        long[] t = new long[21];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> auth.authenticate("Bearer " + credential)).isInstanceOf(CentralException.class);
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    @Test
    void anUnknownTerminalIdTakesAboutAsLongToRefuseAsAWrongSecret() {
        TerminalAuth auth = new TerminalAuth(centre.central.dsl(), Clock.systemUTC());
        String known = centre.credential();
        String wrongSecret = known.substring(0, known.indexOf('.') + 1) + "not-the-secret";
        String unknownId = UUID.randomUUID() + ".not-the-secret";
        medianNanosToRefuse(auth, wrongSecret); // warm up both paths
        medianNanosToRefuse(auth, unknownId);

        // Without the decoy hash an unknown id is refused about a thousand times faster than a wrong
        // secret; a loaded machine can stretch one round either way, so the best of three rounds is
        // compared against a quarter of the wrong secret's time.
        long wrong = 0;
        long unknown = 0;
        for (int round = 0; round < 3 && unknown <= wrong / 4; round++) {
            wrong = medianNanosToRefuse(auth, wrongSecret);
            unknown = medianNanosToRefuse(auth, unknownId);
        }

        assertThat(unknown).as("unknown id %d ns, wrong secret %d ns", unknown, wrong).isGreaterThan(wrong / 4);
    }

    @Test
    void afterTenWrongEnrollmentCodesAnAddressIsThrottled() throws IOException {
        byte[] wrong = "{\"code\":\"AAAA-BBBB-CCCC\"}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            assertThat(centre.post("/enroll", wrong, false, null).status()).isEqualTo(401);
        }

        Answer throttled = centre.post("/enroll", wrong, false, null);

        assertThat(throttled.status()).as(throttled.text()).isEqualTo(429);
        assertThat(throttled.body().get("code").asText()).isEqualTo("THROTTLED");
    }
}
