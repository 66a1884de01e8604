package dev.opentill.core.barcode;

import java.util.List;

/**
 * Where a GS1 in-store variable-measure EAN-13 keeps its item code and value. Positions count from
 * 0 over the 13 digits. Example "20 IIIII VVVVV C": prefixes ["20"], item 2..7, value 7..12.
 * {@code valueCheckDigit} marks layouts with a price check digit in front of the value, which is
 * skipped (the full-code check digit is always verified).
 *
 * @param valueScale how many of the value digits are decimals relative to the unit: for PRICE,
 *     the value is read as minor units when {@code valueScale} equals the currency's fraction digits;
 *     for WEIGHT, the value is in grams when {@code valueScale} is 3 (kg with three decimals).
 */
public record VariableMeasureLayout(
        List<String> prefixes, int itemStart, int itemLength, int valueStart, int valueLength,
        MeasureKind kind, int valueScale, boolean valueCheckDigit) {

    public VariableMeasureLayout {
        prefixes = List.copyOf(prefixes);
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("A variable-measure layout needs at least one prefix");
        }
        for (String p : prefixes) {
            if (!Gtin.isDigits(p) || p.length() > 3) {
                throw new IllegalArgumentException("Bad variable-measure prefix: '" + p + "'");
            }
        }
        if (itemStart < 0 || itemLength <= 0 || valueStart < 0 || valueLength <= 0
                || itemStart + itemLength > 12 || valueStart + valueLength > 12) {
            throw new IllegalArgumentException("Variable-measure layout positions must lie within the first 12 digits");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Variable-measure layout needs a kind");
        }
        if (valueScale < 0 || valueScale > 4) {
            throw new IllegalArgumentException("Variable-measure value scale out of range: " + valueScale);
        }
    }

    /** The common price-embedded layout "2X IIIII PPPPP C" with prefixes 20-29 (price in fen). */
    public static VariableMeasureLayout priceEmbedded() {
        return new VariableMeasureLayout(List.of("20", "21", "22", "23", "24"), 2, 5, 7, 5, MeasureKind.PRICE, 2,
                false);
    }

    /** The common weight-embedded layout "2X IIIII WWWWW C" with prefixes 25-29 (weight in grams). */
    public static VariableMeasureLayout weightEmbedded() {
        return new VariableMeasureLayout(List.of("25", "26", "27", "28", "29"), 2, 5, 7, 5, MeasureKind.WEIGHT, 3,
                false);
    }

    /**
     * UPC-A number system 2 (random weight) "2 IIIII V PPPP C" with a price check digit V; as EAN-13
     * "02...". UPC-A codes starting with 0 ("00..." as EAN-13) are ordinary manufacturer codes.
     */
    public static VariableMeasureLayout upcPriceEmbedded() {
        return new VariableMeasureLayout(List.of("02"), 2, 5, 7, 5, MeasureKind.PRICE, 2, true);
    }

    boolean matches(String ean13) {
        for (String p : prefixes) {
            if (ean13.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
