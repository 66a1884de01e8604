package dev.opentill.core.promo;

/**
 * How a promotion combines. A piece takes at most one item reward whatever the flags; a spend
 * threshold counts a piece another promotion discounted only when both say {@code withOthers}.
 * {@code withCoupons} says whether a coupon may be used on the items this promotion discounted.
 * Of the promotions sharing an {@code exclusiveGroup}, only the one with the highest
 * {@code priority} that the ticket qualifies for runs (ties go to the lower code).
 */
public record Stacking(boolean withOthers, boolean withCoupons, String exclusiveGroup, int priority) {
    public static final Stacking DEFAULT = new Stacking(true, true, null, 0);
}
