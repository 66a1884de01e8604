package dev.opentill.core.sale;

import java.util.UUID;

/** The original sale and line that a return line refunds. */
public record ReturnRef(UUID saleId, UUID lineId) {
}
