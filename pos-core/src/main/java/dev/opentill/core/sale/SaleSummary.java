package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed sale or return as lists show it (journal, returns), with its {@code tenderTypes} in tender order.
 */
public record SaleSummary(UUID saleId, String receiptNo, Instant completedAt, Money total, SaleKind kind,
        List<String> tenderTypes) {

    public SaleSummary {
        tenderTypes = List.copyOf(tenderTypes);
    }
}
