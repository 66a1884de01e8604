package dev.opentill.central.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.wallet.WalletProtocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wallet's HTTP side: who may call it, how much a till may send, and refusals a till can tell apart. */
class WalletRoutesTest {
    private PushHarness harness;

    @BeforeEach
    void start(@TempDir Path dir) {
        harness = new PushHarness(dir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Answer till(String path, String json) throws Exception {
        return harness.post(path, json.getBytes(StandardCharsets.UTF_8), false, harness.credential());
    }

    private void issue(String cardNo) throws Exception {
        Answer a = harness.admin("/admin/stored-value/cards", ("{\"cardNo\":\"" + cardNo + "\",\"named\":false}")
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(a.status()).as(a.text()).isEqualTo(201);
    }

    @Test
    void aHoldWithoutTheTillsCredentialIsRefusedAndHoldsNothing() throws Exception {
        issue("W-100");
        String hold = "{\"tenderId\":\"" + UuidV7.next() + "\",\"cardNo\":\"W-100\",\"amountMinor\":100}";

        Answer a = harness.post("/wallet/holds", hold.getBytes(StandardCharsets.UTF_8), false, "nobody");

        assertThat(a.status()).isEqualTo(401);
    }

    @Test
    void aRequestLargerThanAWalletCallIsRefusedBeforeItIsRead() throws Exception {
        String big = "{\"cardNo\":\"W-100\",\"pad\":\"" + "x".repeat(5000) + "\"}";

        Answer a = till("/wallet/holds", big);

        assertThat(a.status()).isEqualTo(413);
    }

    @Test
    void aRefusalCarriesItsWalletCodeForTheTill() throws Exception {
        issue("W-200");

        Answer a = till("/wallet/holds", "{\"tenderId\":\"" + UuidV7.next()
                + "\",\"cardNo\":\"W-200\",\"amountMinor\":100}");

        assertThat(a.status()).isEqualTo(409);
        assertThat(a.body().path("code").asText()).isEqualTo(WalletProtocol.REFUSED_INSUFFICIENT);
    }

    @Test
    void aTillsCredentialCannotIssueCards() throws Exception {
        Answer noKey = harness.post("/admin/stored-value/cards", "{\"cardNo\":\"W-300\",\"named\":false}"
                .getBytes(StandardCharsets.UTF_8), false, harness.credential());

        assertThat(noKey.status()).isEqualTo(401);
    }
}
