package dev.opentill.core.barcode;

/** What a variable-measure (scale label) barcode carries in its value digits. */
public enum MeasureKind {
    /** The label's price in minor units. */
    PRICE,
    /** The weight in grams (thousandths of a kilogram). */
    WEIGHT
}
