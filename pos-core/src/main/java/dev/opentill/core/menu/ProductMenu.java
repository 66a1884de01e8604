package dev.opentill.core.menu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The option groups of one product, in the order the picker shows them. */
public record ProductMenu(UUID productId, List<OptionGroup> groups) {
    public ProductMenu {
        if (productId == null) {
            throw new IllegalArgumentException("Product menu needs a product");
        }
        groups = List.copyOf(groups);
        Set<String> codes = new HashSet<>();
        for (OptionGroup g : groups) {
            if (!codes.add(g.code())) {
                throw new IllegalArgumentException("Group " + g.code() + " appears twice for product " + productId);
            }
        }
    }

    public OptionGroup group(String code) {
        for (OptionGroup g : groups) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        return null;
    }
}
