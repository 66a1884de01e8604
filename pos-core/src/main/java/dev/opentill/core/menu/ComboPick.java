package dev.opentill.core.menu;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.sale.LineOptions;

/** The product put in a slot of a combo, with its options (priced by {@link OptionPricer}). */
public record ComboPick(String slotCode, Product product, LineOptions options) {
}
