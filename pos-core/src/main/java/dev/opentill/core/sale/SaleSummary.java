package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed sale or return as lists show it (journal, returns), with its {@code tenderTypes} in tender order.
 * {@code atCentre}: the central server has acknowledged it (false while it waits in the till's outbox).
 */
public record SaleSummary(UUID saleId, String receiptNo, Instant completedAt, Money total, SaleKind kind,
        List<String> tenderTypes, boolean atCentre) {

    public SaleSummary {
        tenderTypes = List.copyOf(tenderTypes);
    }

    /** A summary with nothing known about the centre (taken as there). */
    public SaleSummary(UUID saleId, String receiptNo, Instant completedAt, Money total, SaleKind kind,
            List<String> tenderTypes) {
        this(saleId, receiptNo, completedAt, total, kind, tenderTypes, true);
    }
}
