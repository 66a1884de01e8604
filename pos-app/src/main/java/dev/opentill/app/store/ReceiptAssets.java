package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.DEVICE_CONFIG;
import static dev.opentill.store.jooq.Tables.STORE_LOGO;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.peripherals.printer.LogoException;
import dev.opentill.peripherals.printer.PrinterModels;
import dev.opentill.peripherals.printer.RasterLogo;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/**
 * What a receipt carries besides the sale: the store's logo and the signed electronic-invoice link.
 * The logo the centre sent is dithered for this till's printer model once, stored beside it and
 * reused for every receipt, across restarts, until the logo or the model changes. Both read their
 * settings when a receipt is built, so a logo or invoice setting that came down the feed applies to
 * the next receipt.
 */
public final class ReceiptAssets {
    /** "true" prints the store's logo (when the centre sent one) at the top of each receipt. */
    public static final String LOGO_SETTING = "receipt.logo";
    /** The chain's invoice URL template and this terminal's signing key (hex), from the feed. */
    public static final String INVOICE_URL = "receipt.invoice.url";
    public static final String INVOICE_KEY = "receipt.invoice.key";
    /** The model of a printer set up without one, as {@code DeviceConfigs.DEFAULT_PRINTER_MODEL}. */
    static final String DEFAULT_MODEL = "generic-80";
    private static final System.Logger LOG = System.getLogger("till");

    private record Cached(String sha, String model, byte[] raster) {
    }

    private final DSLContext dsl;
    private final AtomicInteger dithered = new AtomicInteger();
    private volatile Cached cached;

    public ReceiptAssets(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The logo as the printer's raster ({@code RasterLogo} bytes), or null when disabled, absent or unusable. */
    public byte[] logo() {
        Map<String, String> s = settings();
        if (!"true".equals(s.get(LOGO_SETTING))) {
            return null;
        }
        var row = dsl.select(STORE_LOGO.SHA256, STORE_LOGO.RASTER_MODEL, STORE_LOGO.RASTER_SHA).from(STORE_LOGO)
                .where(STORE_LOGO.ID.eq((short) 1)).fetchOne();
        if (row == null) {
            return null;
        }
        String sha = row.value1();
        String model = printerModel();
        Cached c = cached;
        if (c != null && c.sha().equals(sha) && c.model().equals(model)) {
            return c.raster();
        }
        byte[] raster;
        if (sha.equals(row.value3()) && model.equals(row.value2())) {
            raster = dsl.select(STORE_LOGO.RASTER).from(STORE_LOGO).where(STORE_LOGO.ID.eq((short) 1))
                    .fetchOne(STORE_LOGO.RASTER);
        } else {
            raster = dither(sha, model);
        }
        cached = raster == null ? null : new Cached(sha, model, raster);
        return raster;
    }

    /** Dithers the stored image for {@code model} and keeps the result; null (logged) if the image cannot print. */
    private byte[] dither(String sha, String model) {
        byte[] image = dsl.select(STORE_LOGO.IMAGE).from(STORE_LOGO).where(STORE_LOGO.ID.eq((short) 1))
                .fetchOne(STORE_LOGO.IMAGE);
        try {
            byte[] raster = RasterLogo.fromImage(image, PrinterModels.byId(model)).toBytes();
            dithered.incrementAndGet();
            dsl.update(STORE_LOGO).set(STORE_LOGO.RASTER, raster).set(STORE_LOGO.RASTER_MODEL, model)
                    .set(STORE_LOGO.RASTER_SHA, sha).where(STORE_LOGO.ID.eq((short) 1)).execute();
            return raster;
        } catch (LogoException e) {
            LOG.log(System.Logger.Level.WARNING, "The store logo cannot print: " + e.getMessage());
            return null;
        }
    }

    /** How often this instance dithered a logo (the cache's proof). */
    public int ditherCount() {
        return dithered.get();
    }

    /** The signed invoice link for a sale, or null when the chain's invoice QR is off for this till. */
    public String invoiceUrl(InvoiceLink.Fields fields) {
        Map<String, String> s = settings();
        String template = s.get(INVOICE_URL);
        String key = s.get(INVOICE_KEY);
        if (template == null || key == null || InvoiceLink.problem(template) != null) {
            return null;
        }
        return InvoiceLink.url(template, HexFormat.of().parseHex(key), fields);
    }

    private Map<String, String> settings() {
        return dsl.select(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.in(LOGO_SETTING, INVOICE_URL, INVOICE_KEY))
                .fetchMap(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE);
    }

    private String printerModel() {
        String model = dsl.select(DEVICE_CONFIG.MODEL).from(DEVICE_CONFIG)
                .where(DEVICE_CONFIG.KIND.eq(Kind.RECEIPT_PRINTER.key())).fetchOptional(DEVICE_CONFIG.MODEL)
                .orElse(null);
        return model == null ? DEFAULT_MODEL : model;
    }
}
