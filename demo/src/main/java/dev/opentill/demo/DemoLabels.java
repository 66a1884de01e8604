package dev.opentill.demo;

import dev.opentill.core.barcode.Gtin;

/**
 * Scale labels as a shop scale prints them, in the default layouts the till reads: weight-embedded
 * "25 PPPPP WWWWW C" (grams) and price-embedded "20 PPPPP VVVVV C" (fen), PPPPP being the scale PLU.
 */
public final class DemoLabels {
    private static final int MAX_VALUE = 99_999;

    private DemoLabels() {
    }

    public static String weightLabel(String plu, long grams) {
        return label("25", plu, grams);
    }

    public static String priceLabel(String plu, long priceMinor) {
        return label("20", plu, priceMinor);
    }

    private static String label(String prefix, String plu, long value) {
        if (plu == null || plu.length() != 5 || !Gtin.isDigits(plu)) {
            throw new IllegalArgumentException("A scale PLU has 5 digits: '" + plu + "'");
        }
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("A scale label holds 0 to " + MAX_VALUE + ", not " + value);
        }
        return Gtin.withCheckDigit(prefix + plu + String.format("%05d", value));
    }
}
