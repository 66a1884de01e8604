package dev.opentill.core.tax;

import dev.opentill.core.money.Money;

/** Tax for one rate on a ticket: the net base, the tax and the gross (net + tax). */
public record TaxLine(int rateBasisPoints, Money net, Money tax, Money gross) {
}
