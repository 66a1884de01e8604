package dev.opentill.app.park;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/** A parked ticket in the list: its label, when it was parked, its total and how many lines it has. */
public record ParkedTicket(UUID id, String label, Instant parkedAt, Money total, int lines) {
}
