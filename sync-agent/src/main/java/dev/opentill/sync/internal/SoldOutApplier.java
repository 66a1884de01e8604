package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.SOLD_OUT;

import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SoldOutEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Applies the store's sold-out marks of a feed page to the till's {@code sold_out} table, inside
 * the page's transaction: sold out adds the item for its day, available again removes it. A mark
 * this till holds from later than the entry (made here, not yet at the centre) is kept.
 */
final class SoldOutApplier {
    private SoldOutApplier() {
    }

    static void apply(DSLContext tx, List<FeedRecords.SoldOutItem> all) {
        for (FeedRecords.SoldOutItem m : all) {
            if (!SoldOutEvent.validKey(m.itemKey()) || m.businessDay() == null || m.markedAt() == null) {
                continue;
            }
            OffsetDateTime at = m.markedAt().atOffset(ZoneOffset.UTC);
            OffsetDateTime held = tx.select(SOLD_OUT.MARKED_AT).from(SOLD_OUT).where(SOLD_OUT.ITEM_KEY.eq(m.itemKey()))
                    .and(SOLD_OUT.BUSINESS_DAY.eq(m.businessDay())).fetchOptional(SOLD_OUT.MARKED_AT).orElse(null);
            if (held != null && held.isAfter(at)) {
                continue;
            }
            if (m.soldOut() && held == null) {
                tx.insertInto(SOLD_OUT).set(SOLD_OUT.ITEM_KEY, m.itemKey()).set(SOLD_OUT.BUSINESS_DAY, m.businessDay())
                        .set(SOLD_OUT.MARKED_AT, at).execute();
            } else if (!m.soldOut() && held != null) {
                tx.deleteFrom(SOLD_OUT).where(SOLD_OUT.ITEM_KEY.eq(m.itemKey()))
                        .and(SOLD_OUT.BUSINESS_DAY.eq(m.businessDay())).execute();
            }
        }
    }
}
