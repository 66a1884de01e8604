package dev.opentill.core.menu;

import java.util.Set;
import java.util.UUID;

/**
 * What a store has sold out today: whole products and single options (keyed
 * {@code "<group code>/<option code>"}, as the option is known across products).
 */
public record SoldOut(Set<UUID> products, Set<String> options) {
    public static final SoldOut NOTHING = new SoldOut(Set.of(), Set.of());

    public SoldOut {
        products = Set.copyOf(products);
        options = Set.copyOf(options);
    }

    public static String optionKey(String groupCode, String optionCode) {
        return groupCode + "/" + optionCode;
    }

    public boolean product(UUID productId) {
        return products.contains(productId);
    }

    public boolean option(String groupCode, String optionCode) {
        return options.contains(optionKey(groupCode, optionCode));
    }
}
