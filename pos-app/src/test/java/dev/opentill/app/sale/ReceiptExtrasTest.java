package dev.opentill.app.sale;

import static dev.opentill.store.jooq.Tables.STORE_LOGO;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.ReceiptAssets;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.printer.RasterLogo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A completed sale's receipt carries the store's cached logo and an invoice link signed for that very sale. */
class ReceiptExtrasTest {
    private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String TEMPLATE = "https://fp.example.cn/?r={receipt}&a={amount}&s={store}&t={terminal}"
            + "&x={sig}";

    private static void setting(DSLContext dsl, String key, String value) {
        dsl.insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, key).set(STORE_SETTING.SETTING_VALUE, value)
                .execute();
    }

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(0, 0, 60, 60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSalesReceiptHasTheLogoAtTheTopAndASignedInvoiceLink(@TempDir Path dir) throws Exception {
        try (TillStore store = TillFixture.newStore(dir)) {
            DSLContext dsl = store.dsl();
            setting(dsl, ReceiptAssets.LOGO_SETTING, "true");
            setting(dsl, ReceiptAssets.INVOICE_URL, TEMPLATE);
            setting(dsl, ReceiptAssets.INVOICE_KEY, KEY);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            dsl.insertInto(STORE_LOGO).set(STORE_LOGO.ID, (short) 1).set(STORE_LOGO.IMAGE, png())
                    .set(STORE_LOGO.SHA256, "c".repeat(64)).set(STORE_LOGO.UPDATED_AT, now).execute();
            TillServices till = TillFixture.open(store);

            till.selling().scan(TestStores.COLA);
            till.tender().addTender(TenderType.CASH, Money.parse("10.00", Money.CNY), null);
            CompletedSale done = till.tender().complete();

            Receipt r = done.receipt();
            assertThat(RasterLogo.fromBytes(r.store().logoPng()).image().width()).isEqualTo(120);
            InvoiceLink.Parsed link = InvoiceLink.parse(TEMPLATE, r.invoiceUrl()).orElseThrow();
            assertThat(link.fields()).isEqualTo(new InvoiceLink.Fields(till.config().storeCode(), r.terminalCode(),
                    done.receiptNo(), r.total().toPlainString()));
            assertThat(InvoiceLink.verify(HexFormat.of().parseHex(KEY), link.fields(), link.signature())).isTrue();
        }
    }
}
