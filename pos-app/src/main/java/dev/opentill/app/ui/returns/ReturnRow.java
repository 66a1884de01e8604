package dev.opentill.app.ui.returns;

import dev.opentill.core.money.Money;
import java.util.UUID;

/** A line of the original sale: what was sold, what the customer paid, and how much can still come back. */
public record ReturnRow(UUID lineId, String name, long soldMilli, long returnableMilli, Money paid, boolean weighed) {
}
