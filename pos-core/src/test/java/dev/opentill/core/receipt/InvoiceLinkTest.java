package dev.opentill.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The invoice link: templates checked, links taken apart again exactly, signatures bound to every field. */
class InvoiceLinkTest {
    private static final String TEMPLATE = "https://fp.example.cn/i/{store}/{terminal}?r={receipt}&a={amount}"
            + "&sig={sig}";
    private static final byte[] KEY = InvoiceLink.terminalKey("chain secret".getBytes(StandardCharsets.UTF_8),
            UUID.fromString("0190b7a4-0000-7000-8000-000000000001"));
    private static final InvoiceLink.Fields SALE = new InvoiceLink.Fields("S0001", "S0001-T01", "S0001-T01-00000042",
            "21.81");

    @Test
    void aLinkIsTakenApartIntoTheFieldsItWasMadeFromAndItsSignatureVerifies() {
        String url = InvoiceLink.url(TEMPLATE, KEY, SALE);

        InvoiceLink.Parsed parsed = InvoiceLink.parse(TEMPLATE, url).orElseThrow();

        assertThat(url).startsWith("https://fp.example.cn/i/S0001/S0001-T01?r=S0001-T01-00000042&a=21.81&sig=");
        assertThat(parsed.fields()).isEqualTo(SALE);
        assertThat(InvoiceLink.verify(KEY, parsed.fields(), parsed.signature())).isTrue();
    }

    @Test
    void changingAnyFieldOrTheTerminalsKeyBreaksTheSignature() {
        String sig = InvoiceLink.sign(KEY, SALE);
        byte[] otherTerminal = InvoiceLink.terminalKey("chain secret".getBytes(StandardCharsets.UTF_8),
                UUID.fromString("0190b7a4-0000-7000-8000-000000000002"));

        assertThat(InvoiceLink.verify(KEY, new InvoiceLink.Fields("S0002", "S0001-T01", "S0001-T01-00000042",
                "21.81"), sig)).isFalse();
        assertThat(InvoiceLink.verify(KEY, new InvoiceLink.Fields("S0001", "S0001-T02", "S0001-T01-00000042",
                "21.81"), sig)).isFalse();
        assertThat(InvoiceLink.verify(KEY, new InvoiceLink.Fields("S0001", "S0001-T01", "S0001-T01-00000043",
                "21.81"), sig)).isFalse();
        assertThat(InvoiceLink.verify(KEY, new InvoiceLink.Fields("S0001", "S0001-T01", "S0001-T01-00000042",
                "21.80"), sig)).isFalse();
        assertThat(InvoiceLink.verify(otherTerminal, SALE, sig)).isFalse();
    }

    @Test
    void aTemplateNeedsEveryPlaceholderOnceAndNothingElse() {
        assertThat(InvoiceLink.problem(TEMPLATE)).isNull();
        assertThat(InvoiceLink.problem("https://x.cn/?r={receipt}&a={amount}&s={store}&t={terminal}"))
                .contains("{sig}");
        assertThat(InvoiceLink.problem(TEMPLATE + "&again={sig}")).contains("{sig} exactly once");
        assertThat(InvoiceLink.problem(TEMPLATE + "&d={date}")).contains("unknown placeholder {date}");
        assertThat(InvoiceLink.problem(TEMPLATE.replace("https", "ftp"))).contains("https://");
        assertThat(InvoiceLink.problem(TEMPLATE + "&n=发票")).contains("printable ASCII");
    }

    @Test
    void aLinkNotMadeFromTheTemplateIsNotParsed() {
        String url = InvoiceLink.url(TEMPLATE, KEY, SALE);

        assertThat(InvoiceLink.parse(TEMPLATE, url.replace("fp.example.cn", "fp.example.com"))).isEmpty();
        assertThat(InvoiceLink.parse(TEMPLATE, url + "&extra=1")).isEmpty();
        assertThat(InvoiceLink.parse(TEMPLATE, "S0001-T01-00000042")).isEmpty();
    }
}
