package dev.opentill.core.promo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a promotion runs: from {@code validFrom} until {@code validTo} (open-ended when null), only on
 * {@code days} (every day when empty), and only between {@code dailyFrom} and {@code dailyTo} in the
 * store's time zone (all day when null; a window past midnight such as 22:00-02:00 is allowed).
 */
public record Schedule(Instant validFrom, Instant validTo, Set<DayOfWeek> days, LocalTime dailyFrom,
        LocalTime dailyTo) {

    public Schedule {
        days = days == null ? Set.of() : Set.copyOf(days);
    }

    /** Why these times make no schedule, or null when they do. */
    public String problem() {
        if (validFrom == null || (validTo != null && !validTo.isAfter(validFrom))) {
            return "needs validFrom before validTo";
        }
        if ((dailyFrom == null) != (dailyTo == null) || (dailyFrom != null && dailyFrom.equals(dailyTo))) {
            return "a daily window needs two different times, or neither";
        }
        return null;
    }

    /** Whether the schedule runs at {@code now} in a store in {@code zone}. */
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
