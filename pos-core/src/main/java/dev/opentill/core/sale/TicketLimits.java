package dev.opentill.core.sale;

/**
 * Sanity limits that catch a slipped finger or a garbled scale reading. Quantities are in
 * thousandths (1000 = one piece or one kilogram); prices in minor units.
 */
public record TicketLimits(long maxQuantityMilli, long maxPriceMinor) {
    public static final TicketLimits DEFAULT = new TicketLimits(9_999_000L, 100_000_000L);

    public TicketLimits {
        if (maxQuantityMilli <= 0 || maxPriceMinor <= 0) {
            throw new IllegalArgumentException("Ticket limits must be positive");
        }
    }
}
