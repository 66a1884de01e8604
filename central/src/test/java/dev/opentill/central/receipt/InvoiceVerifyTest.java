package dev.opentill.central.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opentill.central.PushHarness;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.core.sync.SaleEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link signed with the key the terminal received down its own feed verifies; changing its
 * amount, receipt number or signature does not, and a sale the centre does not hold is unknown.
 */
class InvoiceVerifyTest {
    private static final String OWNER = "admin-secret";
    private static final String TEMPLATE = "https://fapiao.example.cn/apply?no={receipt}&amt={amount}&s={store}"
            + "&t={terminal}&sig={sig}";
    private PushHarness harness;

    @BeforeEach
    void start(@TempDir Path dir) {
        harness = new PushHarness(dir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Http.Answer configure(String template) {
        return Http.call(harness.central, "PUT", "/admin/invoice", OWNER, "application/json",
                ("{\"enabled\":true,\"urlTemplate\":\"" + template + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private String verdict(String url) {
        Http.Answer a = Http.call(harness.central, "GET", "/admin/invoice/verify?url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8), OWNER, null, null);
        assertThat(a.status()).isEqualTo(200);
        return a.body().get("verdict").asText();
    }

    /** The invoice entry as the terminal reads it from its feed. */
    private JsonNode invoiceEntry() {
        Http.Answer page = Http.call(harness.central, "GET", "/sync/changes?after=0", harness.credential(), null,
                null);
        for (JsonNode e : page.body().get("entries")) {
            if ("invoice".equals(e.get("type").asText())) {
                return e.get("invoice");
            }
        }
        throw new AssertionError("no invoice entry in " + page.body());
    }

    @Test
    void theRealLinkIsValidAndEveryAlterationIsRefused() {
        assertThat(configure(TEMPLATE).status()).isEqualTo(200);
        JsonNode entry = invoiceEntry();
        assertThat(entry.get("urlTemplate").asText()).isEqualTo(TEMPLATE);
        byte[] key = HexFormat.of().parseHex(entry.get("terminalKey").asText());
        SaleEvent sale = harness.sale();
        assertThat(harness.push(List.of(sale)).status()).isEqualTo(200);
        String amount = Money.ofMinor(sale.totalMinor(), Currency.getInstance("CNY")).toPlainString();
        InvoiceLink.Fields fields = new InvoiceLink.Fields(PushHarness.STORE, PushHarness.TERMINAL, sale.receiptNo(),
                amount);
        String real = InvoiceLink.url(TEMPLATE, key, fields);

        assertThat(verdict(real)).isEqualTo("VALID");
        assertThat(verdict(real.replace("amt=" + amount, "amt=0.01"))).isEqualTo("FORGED");
        assertThat(verdict(real.replace("no=" + sale.receiptNo(), "no=" + sale.receiptNo() + "9")))
                .isEqualTo("FORGED");
        String sig = InvoiceLink.sign(key, fields);
        String otherSig = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
        assertThat(verdict(real.replace("sig=" + sig, "sig=" + otherSig))).isEqualTo("FORGED");
        assertThat(verdict("https://elsewhere.example/?" + sale.receiptNo())).isEqualTo("NOT_AN_INVOICE_LINK");
    }

    @Test
    void aLinkSignedForASaleTheCentreDoesNotHoldIsUnknownAndAnotherTerminalsKeyIsForged() {
        configure(TEMPLATE);
        byte[] key = HexFormat.of().parseHex(invoiceEntry().get("terminalKey").asText());
        InvoiceLink.Fields notPushed = new InvoiceLink.Fields(PushHarness.STORE, PushHarness.TERMINAL, "S1-T1-999",
                "12.50");
        InvoiceLink.Fields asAnother = new InvoiceLink.Fields(PushHarness.STORE, "S1-T2", "S1-T2-1", "12.50");

        assertThat(verdict(InvoiceLink.url(TEMPLATE, key, notPushed))).isEqualTo("UNKNOWN_RECEIPT");
        assertThat(verdict(InvoiceLink.url(TEMPLATE, key, asAnother))).isEqualTo("FORGED");
    }

    @Test
    void aTemplateWithoutEveryPlaceholderIsRefusedAndNothingGoesDownTheFeed() {
        Http.Answer missing = configure("https://fapiao.example.cn/?no={receipt}&amt={amount}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("message").asText()).contains("{store}");
        assertThat(Http.call(harness.central, "GET", "/sync/changes?after=0", harness.credential(), null, null)
                .body().toString()).doesNotContain("\"invoice\"");
    }
}
