package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.STORE_SOLD_OUT;

import dev.opentill.core.sync.FeedRecords;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What the feed serves for a sold-out entry (key {@code <business day>|<item key>}): the reading
 * store's own latest mark, read from its row only, so a store never sees another's.
 */
final class SoldOutFeed {
    private SoldOutFeed() {
    }

    /** The store's mark of the entry's item and day, or null when it holds none. */
    static FeedRecords.SoldOutItem mark(DSLContext dsl, UUID storeId, String key) {
        int bar = key.indexOf('|');
        if (bar < 0) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(key.substring(0, bar));
        } catch (DateTimeParseException ex) {
            return null;
        }
        String item = key.substring(bar + 1);
        return dsl.selectFrom(STORE_SOLD_OUT).where(STORE_SOLD_OUT.STORE_ID.eq(storeId))
                .and(STORE_SOLD_OUT.ITEM_KEY.eq(item)).and(STORE_SOLD_OUT.BUSINESS_DAY.eq(day)).fetchOptional()
                .map(r -> new FeedRecords.SoldOutItem(item, day, r.getSoldOut(), r.getMarkedAt().toInstant()))
                .orElse(null);
    }
}
