package dev.opentill.core.production;

import java.util.Optional;

/**
 * What a cup label's QR code says, so a scan at any till of the store finds the order:
 * {@code OTL1:<store code>:<terminal code>:<receipt number>}. Codes and receipt numbers never hold
 * a colon, so the text splits back unambiguously; the version prefix lets a later layout coexist.
 */
public record LabelQr(String storeCode, String terminalCode, String receiptNo) {
    public static final String PREFIX = "OTL1:";
    private static final int MAX = 200;

    public LabelQr {
        for (String part : new String[]{storeCode, terminalCode, receiptNo}) {
            if (part == null || part.isEmpty() || part.indexOf(':') >= 0) {
                throw new IllegalArgumentException("A label QR part must be non-empty and hold no colon: " + part);
            }
        }
    }

    /** The text the label's QR code carries. */
    public String text() {
        return PREFIX + storeCode + ":" + terminalCode + ":" + receiptNo;
    }

    /** The label a scanned text names, or empty when it is not a label's QR code. */
    public static Optional<LabelQr> parse(String text) {
        if (text == null || text.length() > MAX || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).strip().split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabelQr(parts[0], parts[1], parts[2]));
    }
}
