package dev.opentill.app.returns;

import dev.opentill.core.returns.SoldLine;
import java.util.List;
import java.util.UUID;

/** A completed sale open for return: its lines with what can still be returned. */
public record ReturnableSale(UUID saleId, String receiptNo, List<SoldLine> lines) {
}
