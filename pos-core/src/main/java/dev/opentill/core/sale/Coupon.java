package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use coupon as the till holds it: worth {@code amountOff} on a spend of at least
 * {@code minSpend}, valid from {@code validFrom} until {@code validTo} (open-ended when null),
 * for one member only when {@code memberCard} is set, and used once {@code usedSaleId} is set.
 */
public record Coupon(UUID id, String code, String nameZh, String nameEn, Money amountOff, Money minSpend,
        Instant validFrom, Instant validTo, String memberCard, UUID usedSaleId) {

    public Coupon {
        if (id == null || code == null || amountOff == null || minSpend == null || validFrom == null) {
            throw new IllegalArgumentException("A coupon needs an id, a code, amounts and a start");
        }
    }

    /**
     * The coupon as applied to a ticket of {@code ticketMember} at {@code now}; refused when it is
     * used, not yet or no longer valid, or another member's.
     */
    public AppliedCoupon redeem(Instant now, String ticketMember) {
        if (usedSaleId != null || now.isBefore(validFrom) || (validTo != null && !now.isBefore(validTo))) {
            throw new SaleException(SaleError.COUPON_NOT_VALID, "Coupon " + code + " is used or not valid now", code);
        }
        if (memberCard != null && !memberCard.equals(ticketMember)) {
            throw new SaleException(SaleError.COUPON_MEMBER_ONLY, "Coupon " + code + " is for member " + memberCard,
                    code);
        }
        return new AppliedCoupon(id, code, nameZh, nameEn, amountOff, minSpend, amountOff);
    }
}
