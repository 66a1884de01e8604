package dev.opentill.app.ui.sale;

import dev.opentill.core.money.Money;

/** A coupon on the open ticket as the totals show it: its code and what it takes off (positive). */
public record CouponRow(String code, Money amount) {
}
