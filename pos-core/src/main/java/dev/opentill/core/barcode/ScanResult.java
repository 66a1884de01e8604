package dev.opentill.core.barcode;

/** What a scanned code means before the catalog is asked. */
public sealed interface ScanResult {
    /** A product code to look up: a normalised GTIN or an internal code, verbatim. */
    record ProductCode(String code) implements ScanResult {
    }

    /**
     * A scale label: the item code from the label and its embedded value (minor units for PRICE,
     * grams for WEIGHT).
     */
    record VariableMeasure(String itemCode, MeasureKind kind, long value, String rawCode) implements ScanResult {
    }

    /** A code the till refuses, with a reason a cashier can act on. */
    record Rejected(Reason reason, String rawCode) implements ScanResult {
    }

    enum Reason {
        EMPTY,
        BAD_CHECK_DIGIT,
        BAD_CHARACTERS,
        TOO_LONG
    }
}
