package dev.opentill.core.menu;

/**
 * One thing the store can run out of, as the sold-out screen lists it: a made-to-order product
 * ({@code group*} null) or an option of a group, keyed as the till's {@code sold_out} table keys it,
 * with whether it is sold out today.
 */
public record SoldOutEntry(String key, String nameZh, String nameEn, String groupZh, String groupEn,
        boolean soldOut) {
    public boolean isOption() {
        return groupEn != null;
    }
}
