package dev.opentill.core.promo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A promotion a till applies by itself, online or not. It runs from {@code validFrom} until
 * {@code validTo} (open-ended when null), only on {@code days} (every day when empty), and only
 * between {@code dailyFrom} and {@code dailyTo} in the store's time zone (all day when null; a
 * window past midnight such as 22:00-02:00 is allowed). Its products are {@code productIds}.
 * <ul>
 * <li>{@link Kind#PERCENT_OFF}: each line of its products costs {@code percentOffBp} basis points less.</li>
 * <li>{@link Kind#MULTI_BUY}: every {@code buyQuantity} pieces of its products (mixed freely) cost
 * {@code bundlePriceMinor} together.</li>
 * </ul>
 */
public record Promotion(UUID id, String code, String nameZh, String nameEn, Kind kind, int percentOffBp,
        int buyQuantity, long bundlePriceMinor, Set<UUID> productIds, Instant validFrom, Instant validTo,
        Set<DayOfWeek> days, LocalTime dailyFrom, LocalTime dailyTo) {

    public enum Kind {
        PERCENT_OFF,
        MULTI_BUY
    }

    public Promotion {
        productIds = Set.copyOf(productIds);
        days = Set.copyOf(days);
        String problem = problem(kind, percentOffBp, buyQuantity, bundlePriceMinor, validFrom, validTo, dailyFrom,
                dailyTo);
        if (id == null || code == null || problem != null) {
            throw new IllegalArgumentException("Promotion " + code + ": " + (problem == null
                    ? "needs an id and a code"
                    : problem));
        }
    }

    /** Why these terms make no promotion, or null when they do. Shared with the centre's import. */
    public static String problem(Kind kind, int percentOffBp, int buyQuantity, long bundlePriceMinor, Instant validFrom,
            Instant validTo, LocalTime dailyFrom, LocalTime dailyTo) {
        if (kind == null) {
            return "needs a kind (PERCENT_OFF or MULTI_BUY)";
        }
        if (kind == Kind.PERCENT_OFF && (percentOffBp <= 0 || percentOffBp > 10_000)) {
            return "percentOffBp must be 1-10000";
        }
        if (kind == Kind.MULTI_BUY && (buyQuantity < 2 || bundlePriceMinor < 0)) {
            return "a multi-buy needs buyQuantity >= 2 and a bundle price >= 0";
        }
        if (validFrom == null || (validTo != null && !validTo.isAfter(validFrom))) {
            return "needs validFrom before validTo";
        }
        if ((dailyFrom == null) != (dailyTo == null) || (dailyFrom != null && dailyFrom.equals(dailyTo))) {
            return "a daily window needs two different times, or neither";
        }
        return null;
    }

    /** Whether the promotion runs at {@code now} in a store in {@code zone}. */
    public boolean runsAt(Instant now, ZoneId zone) {
        if (now.isBefore(validFrom) || (validTo != null && !now.isBefore(validTo))) {
            return false;
        }
        ZonedDateTime local = now.atZone(zone);
        if (dailyFrom == null) {
            return days.isEmpty() || days.contains(local.getDayOfWeek());
        }
        LocalTime t = local.toLocalTime();
        if (dailyFrom.isBefore(dailyTo)) {
            return (days.isEmpty() || days.contains(local.getDayOfWeek())) && !t.isBefore(dailyFrom)
                    && t.isBefore(dailyTo);
        }
        // Past midnight: the hours after midnight belong to the window that opened the day before.
        if (!t.isBefore(dailyFrom)) {
            return days.isEmpty() || days.contains(local.getDayOfWeek());
        }
        return t.isBefore(dailyTo) && (days.isEmpty() || days.contains(local.getDayOfWeek().minus(1)));
    }
}
