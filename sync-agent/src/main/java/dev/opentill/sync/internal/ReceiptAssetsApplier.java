package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.STORE_LOGO;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.core.sync.FeedRecords;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the receipt entries of a feed page inside its transaction: the store's logo (kept as
 * sent; the till dithers it once for its printer when it first prints it) and the invoice QR
 * settings with this terminal's key, as the store settings {@link #INVOICE_URL} and
 * {@link #INVOICE_KEY}. The last entry of a page wins. What a peer sends is bounded: a logo over
 * {@link #MAX_LOGO_BYTES} or not matching its hash, or a template or key of the wrong form, is
 * set aside (logged) and leaves what the till had.
 */
final class ReceiptAssetsApplier {
    static final String INVOICE_URL = "receipt.invoice.url";
    static final String INVOICE_KEY = "receipt.invoice.key";
    static final int MAX_LOGO_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptAssetsApplier.class);

    private ReceiptAssetsApplier() {
    }

    static void applyLogos(DSLContext tx, List<FeedRecords.StoreLogo> logos) {
        if (logos.isEmpty()) {
            return;
        }
        FeedRecords.StoreLogo logo = logos.get(logos.size() - 1);
        if (logo.image() == null) {
            tx.deleteFrom(STORE_LOGO).execute();
            return;
        }
        if (logo.image().length > MAX_LOGO_BYTES || !sha256(logo.image()).equals(logo.sha256())) {
            LOG.warn("Store logo set aside: {} bytes (at most {}), hash {} as sent", logo.image().length,
                    MAX_LOGO_BYTES, sha256(logo.image()).equals(logo.sha256()) ? "matching" : "not matching");
            return;
        }
        OffsetDateTime at = logo.updatedAt() == null
                ? OffsetDateTime.now(ZoneOffset.UTC)
                : logo.updatedAt().atOffset(ZoneOffset.UTC);
        tx.deleteFrom(STORE_LOGO).execute();
        tx.insertInto(STORE_LOGO).set(STORE_LOGO.ID, (short) 1).set(STORE_LOGO.IMAGE, logo.image())
                .set(STORE_LOGO.SHA256, logo.sha256()).set(STORE_LOGO.UPDATED_AT, at).execute();
    }

    static void applyInvoices(DSLContext tx, List<FeedRecords.Invoice> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        FeedRecords.Invoice inv = invoices.get(invoices.size() - 1);
        if (!inv.enabled()) {
            tx.deleteFrom(STORE_SETTING).where(STORE_SETTING.SETTING_KEY.in(INVOICE_URL, INVOICE_KEY)).execute();
            return;
        }
        if (InvoiceLink.problem(inv.urlTemplate()) != null || inv.terminalKey() == null
                || !inv.terminalKey().matches("[0-9a-f]{64}")) {
            LOG.warn("Invoice settings set aside: {}", InvoiceLink.problem(inv.urlTemplate()) != null
                    ? InvoiceLink.problem(inv.urlTemplate())
                    : "the terminal key is not 64 hex digits");
            return;
        }
        TillSettings.put(tx, INVOICE_URL, inv.urlTemplate());
        TillSettings.put(tx, INVOICE_KEY, inv.terminalKey());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
