package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.util.UUID;

/**
 * A coupon redeemed on a ticket: worth {@code faceValue} on a spend of at least {@code minSpend};
 * {@code amount} is what it takes off this ticket (less when less is left to pay).
 */
public record AppliedCoupon(UUID couponId, String code, String nameZh, String nameEn, Money faceValue, Money minSpend,
        Money amount) {

    public AppliedCoupon {
        if (couponId == null || code == null || faceValue == null || minSpend == null || amount == null) {
            throw new IllegalArgumentException("A coupon needs an id, a code and amounts");
        }
    }

    AppliedCoupon withAmount(Money a) {
        return new AppliedCoupon(couponId, code, nameZh, nameEn, faceValue, minSpend, a);
    }
}
