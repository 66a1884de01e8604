package dev.opentill.core.tax;

/** Whether tax is rounded on each line and summed, or computed once per rate on the ticket total. */
public enum TaxRounding {
    PER_LINE,
    PER_TOTAL
}
