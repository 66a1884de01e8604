package dev.opentill.app.journal;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.ReceiptBuilder;
import dev.opentill.app.store.SaleReader;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleSummary;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/** {@link Journal} over the sales this till holds; reprints and no-sales go to the audit log. */
public final class JournalService implements Journal {
    private final TillStore store;
    private final SaleReader reader;
    private final ReceiptBuilder receipts;
    private final CatalogRepository catalog;
    private final AuditLog audit;
    private final Authority authority;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Locale> receiptLocale;

    public JournalService(TillStore store, SaleReader reader, ReceiptBuilder receipts, CatalogRepository catalog,
            AuditLog audit, Authority authority, Clock clock, ZoneId zone, Supplier<Locale> receiptLocale) {
        this.store = store;
        this.reader = reader;
        this.receipts = receipts;
        this.catalog = catalog;
        this.audit = audit;
        this.authority = authority;
        this.clock = clock;
        this.zone = zone;
        this.receiptLocale = receiptLocale;
    }

    @Override
    public List<SaleSummary> todaysSales() {
        return reader.since(clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant(), 500);
    }

    @Override
    public Receipt reprint(UUID saleId) {
        Receipt receipt = receipts.receipt(saleId, receiptLocale.get(), true, catalog::promotion)
                .orElseThrow(
                        () -> new SaleException(SaleError.RECEIPT_UNKNOWN, "No sale " + saleId, saleId.toString()));
        audit.record(store, authority.actorId(), null, AuditAction.RECEIPT_REPRINTED, receipt.receiptNumber(), null);
        return receipt;
    }

    @Override
    public void noSale(Approval approver) {
        Cashier by = authority.authorise(Permission.NO_SALE, approver);
        audit.record(store, authority.actorId(), authority.approverId(by), AuditAction.NO_SALE, "drawer", null);
    }
}
