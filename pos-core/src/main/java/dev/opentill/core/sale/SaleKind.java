package dev.opentill.core.sale;

/**
 * Whether a completed ticket sold goods or took them back. The constant's name is its wire and
 * stored value ({@code "SALE"}, {@code "RETURN"}).
 */
public enum SaleKind {
    SALE,
    RETURN
}
