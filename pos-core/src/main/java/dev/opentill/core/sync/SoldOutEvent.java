package dev.opentill.core.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A product or an option marked sold out at a till for a business day, or available again
 * (outbox event type {@value #TYPE}). The centre applies it once, keyed by {@code eventId}, keeps
 * the latest mark per (store, item, day) by {@code markedAt}, and the feed carries it to the
 * store's other tills only. {@code itemKey} is {@code product:<uuid>} or
 * {@code option:<group>/<option>}, as the till's {@code sold_out} table keys it.
 */
public record SoldOutEvent(UUID eventId, String storeCode, String terminalCode, String itemKey,
        LocalDate businessDay, boolean soldOut, Instant markedAt, UUID markedBy) {
    public static final String TYPE = "sold_out";
    /** The longest item key either side stores. */
    public static final int MAX_KEY = 130;
    private static final Pattern KEY = Pattern.compile(
            "product:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|option:[^/\\s]{1,40}/[^/\\s]{1,40}");

    /** Whether {@code key} names a product or an option in the form both sides store. */
    public static boolean validKey(String key) {
        return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
    }
}
