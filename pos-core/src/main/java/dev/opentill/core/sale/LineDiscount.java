package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.util.UUID;

/** What one promotion takes off one ticket line. */
public record LineDiscount(UUID promotionId, Money amount) {
}
