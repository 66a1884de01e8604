package dev.opentill.sync;

import java.util.UUID;

/**
 * A stored-value tender the till may take: held at the centre ({@code online}) or, offline, taken
 * from the card's offline allowance at this till. {@code balanceMinor} is what the card holds
 * after it, as far as this till knows.
 */
public record CardPayment(UUID tenderId, String cardNo, long amountMinor, boolean online, long balanceMinor) {
}
