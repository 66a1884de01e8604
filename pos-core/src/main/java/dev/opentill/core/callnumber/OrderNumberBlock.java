package dev.opentill.core.callnumber;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The daily order numbers one till may give: the store's 0-999 split into equal blocks, one per
 * till, by the till's slot (0 for the first till of the store). A till counts up inside its own block
 * from the start of the business day and needs nobody else to do so, so numbers stay unique across
 * the store's tills offline; the first digit tells the bar which till took the order. A till that
 * uses up its block in one day starts it again (the numbers it repeats were called hours before).
 */
public record OrderNumberBlock(int slot, int slots) {
    public static final int NUMBERS = 1000;

    public OrderNumberBlock {
        if (slots < 1 || slots > 10) {
            throw new IllegalArgumentException("A store splits order numbers among 1 to 10 tills, not " + slots);
        }
        if (slot < 0 || slot >= slots) {
            throw new IllegalArgumentException("Till slot " + slot + " is outside 0.." + (slots - 1));
        }
    }

    public int size() {
        return NUMBERS / slots;
    }

    public int first() {
        return slot * size();
    }

    public int last() {
        return first() + size() - 1;
    }

    /** The first number of a day: the block's first, except that no order is called "000". */
    public int start() {
        return first() == 0 ? 1 : first();
    }

    /** The number after {@code previous} (null: none given yet today), wrapping inside the block. */
    public int next(Integer previous) {
        if (previous == null || previous < start() || previous >= last()) {
            return start();
        }
        return previous + 1;
    }

    /** Three digits, as it is called out and printed: 7 is "007". */
    public static String text(int number) {
        return String.format("%03d", number);
    }

    /**
     * The business day an instant belongs to: a store open past midnight keeps the evening's day
     * until {@code dayStart} (e.g. 04:00).
     */
    public static LocalDate businessDay(Instant at, ZoneId zone, LocalTime dayStart) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().isBefore(dayStart) ? day.minusDays(1) : day;
    }
}
