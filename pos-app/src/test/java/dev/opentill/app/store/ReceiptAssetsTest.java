package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.DEVICE_CONFIG;
import static dev.opentill.store.jooq.Tables.STORE_LOGO;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.migrations.TillStore;
import dev.opentill.peripherals.printer.RasterLogo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logo is dithered once per logo and printer model and kept in the till's store; the invoice link is signed. */
class ReceiptAssetsTest {
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private TillStore store;
    private DSLContext dsl;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = TillStore.open(dir.resolve("till"));
        dsl = store.dsl();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void setting(String key, String value) {
        dsl.mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(key, value).execute();
    }

    private void printerModel(String model) {
        dsl.deleteFrom(DEVICE_CONFIG).execute();
        dsl.insertInto(DEVICE_CONFIG).set(DEVICE_CONFIG.KIND, "receipt_printer").set(DEVICE_CONFIG.CONNECTION, "sim")
                .set(DEVICE_CONFIG.MODEL, model).set(DEVICE_CONFIG.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    /** The logo as the feed leaves it: the image and its hash, no raster yet. */
    private void logoFromTheCentre(int width, String sha) throws IOException {
        BufferedImage img = new BufferedImage(width, 100, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(10, 10, width - 20, 80);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        dsl.deleteFrom(STORE_LOGO).execute();
        dsl.insertInto(STORE_LOGO).set(STORE_LOGO.ID, (short) 1).set(STORE_LOGO.IMAGE, out.toByteArray())
                .set(STORE_LOGO.SHA256, sha).set(STORE_LOGO.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    @Test
    void theLogoIsDitheredOnceAndTheCachedRasterServesEveryLaterReceiptEvenAfterARestart() throws IOException {
        setting(ReceiptAssets.LOGO_SETTING, "true");
        printerModel("xprinter-58");
        logoFromTheCentre(1000, "a".repeat(64));
        ReceiptAssets first = new ReceiptAssets(dsl);

        byte[] raster = first.logo();
        byte[] again = first.logo();
        ReceiptAssets afterRestart = new ReceiptAssets(dsl);
        byte[] later = afterRestart.logo();

        assertThat(first.ditherCount()).isEqualTo(1);
        assertThat(afterRestart.ditherCount()).as("read from the store, not dithered again").isZero();
        assertThat(again).isSameAs(raster);
        assertThat(later).isEqualTo(raster);
        assertThat(RasterLogo.fromBytes(raster).image().width()).isEqualTo(384);
        assertThat(dsl.selectFrom(STORE_LOGO).fetchSingle().getRasterModel()).isEqualTo("xprinter-58");
    }

    @Test
    void aNewLogoOrAnotherPrinterModelIsDitheredAgain() throws IOException {
        setting(ReceiptAssets.LOGO_SETTING, "true");
        printerModel("xprinter-58");
        logoFromTheCentre(1000, "a".repeat(64));
        ReceiptAssets assets = new ReceiptAssets(dsl);
        byte[] narrow = assets.logo();

        printerModel("epson-tm-t20");
        byte[] wide = assets.logo();
        String modelAfterTheChange = dsl.selectFrom(STORE_LOGO).fetchSingle().getRasterModel();
        logoFromTheCentre(200, "b".repeat(64));
        byte[] small = assets.logo();

        assertThat(assets.ditherCount()).isEqualTo(3);
        assertThat(RasterLogo.fromBytes(narrow).image().width()).isEqualTo(384);
        assertThat(modelAfterTheChange).isEqualTo("epson-tm-t20");
        assertThat(wide).isNotSameAs(narrow);
        assertThat(RasterLogo.fromBytes(small).image().width()).isEqualTo(200);
    }

    @Test
    void noLogoPrintsUnlessTheStoreSwitchesItOn() throws IOException {
        logoFromTheCentre(300, "a".repeat(64));
        ReceiptAssets assets = new ReceiptAssets(dsl);

        assertThat(assets.logo()).isNull();
        setting(ReceiptAssets.LOGO_SETTING, "false");
        assertThat(assets.logo()).isNull();
        assertThat(assets.ditherCount()).isZero();
    }

    @Test
    void theInvoiceLinkIsSignedWithTheTerminalsKeyAndAbsentWithoutTheSettings() {
        ReceiptAssets assets = new ReceiptAssets(dsl);
        InvoiceLink.Fields sale = new InvoiceLink.Fields("S0001", "S0001-T01", "S0001-T01-00000007", "48.20");
        String template = "https://fp.example.cn/?r={receipt}&a={amount}&s={store}&t={terminal}&k={sig}";

        assertThat(assets.invoiceUrl(sale)).isNull();
        setting(ReceiptAssets.INVOICE_URL, template);
        setting(ReceiptAssets.INVOICE_KEY, KEY);
        String url = assets.invoiceUrl(sale);

        InvoiceLink.Parsed parsed = InvoiceLink.parse(template, url).orElseThrow();
        assertThat(parsed.fields()).isEqualTo(sale);
        assertThat(InvoiceLink.verify(HexFormat.of().parseHex(KEY), sale, parsed.signature())).isTrue();
    }
}
