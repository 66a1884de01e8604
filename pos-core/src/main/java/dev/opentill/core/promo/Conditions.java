package dev.opentill.core.promo;

import java.util.Set;
import java.util.UUID;

/**
 * What a ticket must hold for a promotion to apply. The scope (products, categories, tags; all
 * promotable items when all three are empty) says which items match; {@code minQuantity} counts
 * matching pieces; {@code minSpendMinor} is measured on the whole ticket or on the matching items
 * ({@code spendOnTicket}), before any promotion. A member condition needs a member on the ticket,
 * of one of {@code tiers} when that is not empty. Empty channel and store sets mean all.
 */
public record Conditions(Set<UUID> products, Set<String> categories, Set<String> tags, int minQuantity,
        long minSpendMinor, boolean spendOnTicket, boolean memberOnly, Set<String> tiers, Set<Channel> channels,
        Set<UUID> stores) {

    /** Where the sale is made; a promotion may run on some channels only. */
    public enum Channel {
        COUNTER,
        PICKUP,
        DELIVERY
    }

    public Conditions {
        products = products == null ? Set.of() : Set.copyOf(products);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        stores = stores == null ? Set.of() : Set.copyOf(stores);
    }

    /** Matching these products, with no other condition. */
    public static Conditions onProducts(Set<UUID> products) {
        return new Conditions(products, Set.of(), Set.of(), 0, 0, false, false, Set.of(), Set.of(), Set.of());
    }

    /** Matching every promotable item, with no other condition. */
    public static Conditions anything() {
        return onProducts(Set.of());
    }

    public boolean matchesEverything() {
        return products.isEmpty() && categories.isEmpty() && tags.isEmpty();
    }

    /** Whether an item of {@code product}, {@code category} and {@code itemTags} is in scope. */
    public boolean matches(UUID product, String category, Set<String> itemTags) {
        if (matchesEverything() || products.contains(product) || (category != null && categories.contains(category))) {
            return true;
        }
        for (String t : itemTags) {
            if (tags.contains(t)) {
                return true;
            }
        }
        return false;
    }

    String problem() {
        if (minQuantity < 0 || minSpendMinor < 0) {
            return "minimum quantity and spend cannot be negative";
        }
        if (!tiers.isEmpty() && !memberOnly) {
            return "member tiers need the member-only condition";
        }
        return null;
    }
}
