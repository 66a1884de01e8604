package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.INVOICE_CONFIG;
import static dev.opentill.central.jooq.Tables.STORE_LOGO;

import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.core.sync.FeedRecords;
import java.util.HexFormat;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What the feed serves for receipts: the reading store's logo (a store never receives another's,
 * whatever the entry's key says) and the chain's invoice settings with the reading terminal's own
 * key, derived when it is served, so no terminal ever receives another's.
 */
final class ReceiptAssetsFeed {
    private ReceiptAssetsFeed() {
    }

    /** The store's logo, or one without an image when it was removed. */
    static FeedRecords.StoreLogo logo(DSLContext dsl, UUID storeId, String key) {
        if (!storeId.toString().equals(key)) {
            return null;
        }
        return dsl.selectFrom(STORE_LOGO).where(STORE_LOGO.STORE_ID.eq(storeId)).fetchOptional()
                .map(r -> new FeedRecords.StoreLogo(r.getImage(), r.getSha256(), r.getUpdatedAt().toInstant()))
                .orElse(new FeedRecords.StoreLogo(null, null, null));
    }

    /** The invoice settings with {@code terminalId}'s key; null for a reader that is no terminal. */
    static FeedRecords.Invoice invoice(DSLContext dsl, UUID terminalId) {
        if (terminalId == null) {
            return null;
        }
        return dsl.selectFrom(INVOICE_CONFIG).where(INVOICE_CONFIG.ID.eq(1)).fetchOptional()
                .map(r -> new FeedRecords.Invoice(r.getEnabled(), r.getUrlTemplate(), r.getEnabled()
                        ? HexFormat.of().formatHex(InvoiceLink.terminalKey(HexFormat.of().parseHex(r.getSecret()),
                                terminalId))
                        : null, r.getUpdatedAt().toInstant()))
                .orElse(null);
    }
}
