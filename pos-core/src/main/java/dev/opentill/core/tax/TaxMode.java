package dev.opentill.core.tax;

/** Whether shelf prices include tax (the default, as chains in China price gross) or not. */
public enum TaxMode {
    INCLUSIVE,
    EXCLUSIVE
}
