package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.ORDER_NUMBER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.callnumber.OrderNumberBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * How this till numbers its made-to-order sales: its block of the store's daily numbers (the
 * settings {@value #SLOT} and {@value #SLOTS}, 0 of 1 when unset) on the business day that starts
 * at {@code dayStart} in {@code zone}. See {@link OrderNumberBlock} for why each till has a block.
 */
public record OrderNumbering(OrderNumberBlock block, ZoneId zone, LocalTime dayStart) {
    public static final String SLOT = "order.number.slot";
    public static final String SLOTS = "order.number.slots";

    public static OrderNumbering load(DSLContext dsl, ZoneId zone, LocalTime dayStart) {
        Map<String, String> s = dsl.select(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.in(SLOT, SLOTS))
                .fetchMap(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE);
        int slots = Integer.parseInt(s.getOrDefault(SLOTS, "1"));
        int slot = Integer.parseInt(s.getOrDefault(SLOT, "0"));
        return new OrderNumbering(new OrderNumberBlock(Math.min(slot, slots - 1), slots), zone, dayStart);
    }

    LocalDate day(Instant at) {
        return OrderNumberBlock.businessDay(at, zone, dayStart);
    }

    /** The next number of the sale completed {@code at}, counted in the sale's transaction. */
    int next(DSLContext tx, Instant at) {
        return MenuRepository.nextOrderNumber(tx, day(at), block);
    }

    /** After a crash: the counter of the sale's day stands at least at the number the sale was given. */
    void restore(DSLContext tx, Instant at, int number) {
        LocalDate day = day(at);
        int updated = tx.update(ORDER_NUMBER).set(ORDER_NUMBER.LAST_NUMBER, number)
                .where(ORDER_NUMBER.BUSINESS_DAY.eq(day)).execute();
        if (updated == 0) {
            tx.insertInto(ORDER_NUMBER).set(ORDER_NUMBER.BUSINESS_DAY, day).set(ORDER_NUMBER.LAST_NUMBER, number)
                    .execute();
        }
    }
}
