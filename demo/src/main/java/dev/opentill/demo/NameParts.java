package dev.opentill.demo;

import java.util.List;

/**
 * The building blocks of a demo product name. A packaged name is brand + variant + kind + size
 * ("乐泉柠檬可乐 330ml" / "LeQuan Lemon Cola 330ml"); a weighed one is origin + variant + kind.
 */
record NameParts(List<Part> prefixes, List<Part> variants, List<Kind> kinds, List<Size> sizes) {

    NameParts {
        prefixes = List.copyOf(prefixes);
        variants = List.copyOf(variants);
        kinds = List.copyOf(kinds);
        sizes = List.copyOf(sizes);
    }

    /** A bilingual word; an empty pair leaves the word out. */
    record Part(String zh, String en) {
    }

    /** What the product is, with its typical price in fen (per kg for weighed goods). */
    record Kind(String zh, String en, long basePriceMinor) {
    }

    /** A pack size and how its price compares with the kind's base price, in percent. */
    record Size(String zh, String en, int pricePercent) {
    }

    static Part p(String zh, String en) {
        return new Part(zh, en);
    }

    static Kind k(String zh, String en, long basePriceMinor) {
        return new Kind(zh, en, basePriceMinor);
    }

    static Size s(String label, int pricePercent) {
        return new Size(label, label, pricePercent);
    }

    static Size s(String zh, String en, int pricePercent) {
        return new Size(zh, en, pricePercent);
    }
}
