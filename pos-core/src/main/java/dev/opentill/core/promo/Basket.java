package dev.opentill.core.promo;

import dev.opentill.core.promo.Conditions.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine prices: the ticket's promotable items and where, when and for whom it is sold.
 * {@code otherSpendMinor} is the rest of the ticket (lines no promotion may touch), counted only
 * by conditions on the whole ticket's spend.
 */
public record Basket(Currency currency, List<Item> items, long otherSpendMinor, Instant now, ZoneId zone, UUID storeId,
        Channel channel, String memberCard, String memberTier) {

    public Basket {
        items = List.copyOf(items);
        channel = channel == null ? Channel.COUNTER : channel;
    }

    /**
     * One promotable ticket line. {@code quantityMilli} is in thousandths; a weighed line is one
     * piece worth {@code grossMinor}, any other line {@code quantityMilli / 1000} pieces at
     * {@code unitPriceMinor}.
     */
    public record Item(UUID lineId, UUID productId, String category, Set<String> tags, long unitPriceMinor,
            long quantityMilli, boolean weighed, long grossMinor) {
        public Item {
            tags = tags == null ? Set.of() : Set.copyOf(tags);
        }

        /** How many pieces the line holds for promotions. */
        public int pieces() {
            return weighed ? 1 : (int) Math.min(quantityMilli / 1000, 10_000);
        }

        /** What one piece costs. */
        public long piecePrice() {
            return weighed ? grossMinor : unitPriceMinor;
        }
    }

    public boolean hasMember() {
        return memberCard != null;
    }
}
