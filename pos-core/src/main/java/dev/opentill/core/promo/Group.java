package dev.opentill.core.promo;

/** Lines linked by a shared promotion or threshold, with those promotions; groups are priced apart. */
record Group(int[] lines, int[] promos, int[] thresholds) {
}
