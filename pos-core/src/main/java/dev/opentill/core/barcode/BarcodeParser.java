package dev.opentill.core.barcode;

import java.util.List;

/**
 * Turns raw scanner input into a {@link ScanResult}. Numeric codes of 8, 12 or 13 digits are
 * treated as GS1 codes and must carry a valid check digit; EAN-13 codes matching a configured
 * variable-measure layout become scale labels. Anything else printable is an internal code.
 */
public final class BarcodeParser {
    /** Longest code accepted; longer input is a garbled read. */
    public static final int MAX_LENGTH = 48;

    private final List<VariableMeasureLayout> layouts;

    public BarcodeParser(List<VariableMeasureLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    public static BarcodeParser withDefaultLayouts() {
        return new BarcodeParser(List.of(VariableMeasureLayout.priceEmbedded(), VariableMeasureLayout.weightEmbedded(),
                VariableMeasureLayout.upcPriceEmbedded()));
    }

    public ScanResult parse(String raw) {
        if (raw == null) {
            return new ScanResult.Rejected(ScanResult.Reason.EMPTY, "");
        }
        String code = raw.strip();
        if (code.isEmpty()) {
            return new ScanResult.Rejected(ScanResult.Reason.EMPTY, raw);
        }
        if (code.length() > MAX_LENGTH) {
            return new ScanResult.Rejected(ScanResult.Reason.TOO_LONG, code);
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return new ScanResult.Rejected(ScanResult.Reason.BAD_CHARACTERS, code);
            }
        }
        if (!Gtin.isDigits(code)) {
            return new ScanResult.ProductCode(code);
        }
        return switch (code.length()) {
            case 8 -> parseEight(code);
            case 12 -> Gtin.hasValidCheckDigit(code) ? ean13("0" + code) : bad(code);
            case 13 -> Gtin.hasValidCheckDigit(code) ? ean13(code) : bad(code);
            default -> new ScanResult.ProductCode(code);
        };
    }

    /** The code under which a product's barcode is stored so scans of any form find it; null if invalid. */
    public static String normalise(String code) {
        ScanResult r = new BarcodeParser(List.of()).parse(code);
        return r instanceof ScanResult.ProductCode p ? p.code() : null;
    }

    private ScanResult parseEight(String code) {
        // A UPC-E's check digit belongs to its UPC-A expansion, and for every UPC-E ending in 5-9 it is
        // also a valid EAN-8 check digit. GTIN-8 is not issued with prefix 0, so read 0... as UPC-E first.
        if (code.charAt(0) == '0' && Gtin.hasValidCheckDigit(Gtin.expandUpcE(code))) {
            return ean13("0" + Gtin.expandUpcE(code));
        }
        if (Gtin.hasValidCheckDigit(code)) {
            return new ScanResult.ProductCode(code);
        }
        // Not a valid EAN-8: it may be a UPC-E, whose check digit belongs to the expanded UPC-A.
        if (code.charAt(0) == '1') {
            String upcA = Gtin.expandUpcE(code);
            if (Gtin.hasValidCheckDigit(upcA)) {
                return ean13("0" + upcA);
            }
        }
        return bad(code);
    }

    private ScanResult ean13(String ean13) {
        for (VariableMeasureLayout layout : layouts) {
            if (layout.matches(ean13)) {
                String item = ean13.substring(layout.itemStart(), layout.itemStart() + layout.itemLength());
                int valueStart = layout.valueStart() + (layout.valueCheckDigit() ? 1 : 0);
                int valueLength = layout.valueLength() - (layout.valueCheckDigit() ? 1 : 0);
                long value = Long.parseLong(ean13.substring(valueStart, valueStart + valueLength));
                return new ScanResult.VariableMeasure(item, layout.kind(), value, ean13);
            }
        }
        return new ScanResult.ProductCode(ean13);
    }

    private static ScanResult bad(String code) {
        return new ScanResult.Rejected(ScanResult.Reason.BAD_CHECK_DIGIT, code);
    }
}
