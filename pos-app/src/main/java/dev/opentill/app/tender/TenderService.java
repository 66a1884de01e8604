package dev.opentill.app.tender;

import dev.opentill.app.security.Authority;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.ReceiptBuilder;
import dev.opentill.app.store.SaleWriter;
import dev.opentill.app.store.ShiftRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SettledSale;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@link Tendering} over the open ticket: payments are checked by the pricer, and completion writes
 * the sale, its ledgers, the outbox event and the receipt number in one fsynced transaction before
 * anything is printed.
 */
public final class TenderService implements Tendering {
    private static final System.Logger LOG = System.getLogger("till");

    private final OpenTicket ticket;
    private final Authority authority;
    private final TillConfig config;
    private final Clock clock;
    private final SaleWriter writer;
    private final ShiftRepository shifts;
    private final ReceiptBuilder receipts;
    private final CatalogRepository catalog;
    private final List<Consumer<SaleEvent>> completionListeners = new CopyOnWriteArrayList<>();
    private volatile Locale receiptLocale = Locale.SIMPLIFIED_CHINESE;
    private volatile BooleanSupplier online = () -> false;

    public TenderService(OpenTicket ticket, Authority authority, TillConfig config, Clock clock, SaleWriter writer,
            ShiftRepository shifts, ReceiptBuilder receipts, CatalogRepository catalog) {
        this.ticket = ticket;
        this.authority = authority;
        this.config = config;
        this.clock = clock;
        this.writer = writer;
        this.shifts = shifts;
        this.receipts = receipts;
        this.catalog = catalog;
    }

    /** Called after each durable completion, e.g. to nudge the sync agent. */
    public void onSaleCompleted(Consumer<SaleEvent> listener) {
        completionListeners.add(listener);
    }

    /** Whether the centre is reachable now; sales made while not are flagged offline. */
    public void setOnlineCheck(BooleanSupplier online) {
        this.online = online;
    }

    public void setReceiptLocale(Locale locale) {
        this.receiptLocale = locale;
    }

    /** The language receipts are printed in (the signed-in cashier's). */
    public Locale receiptLocale() {
        return receiptLocale;
    }

    @Override
    public Ticket addTender(TenderType type, Money amount, String reference) {
        if (type.paidBeforehand()) {
            throw new SaleException(SaleError.TENDER_NOT_ACCEPTED, type + " is only taken with its order", type.name());
        }
        // Zero cash is how the cashier settles a rest that cash rounding takes to nothing; the pricer checks it.
        if (!amount.isPositive() && !(type == TenderType.CASH && amount.isZero())) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, "Amount must be positive");
        }
        return ticket.change(t -> {
            Money signed = t.isReturn() ? amount.negated() : amount;
            Tender tender;
            try {
                tender = new Tender(UuidV7.next(), type, signed, reference);
            } catch (IllegalArgumentException e) {
                throw new SaleException(SaleError.TENDER_NOT_POSITIVE, e.getMessage());
            }
            return t.withTender(tender, ticket.pricer());
        });
    }

    @Override
    public Ticket removeTenders() {
        return ticket.change(Ticket::withoutTenders);
    }

    @Override
    public CompletedSale complete() {
        Cashier c = authority.requireCashier();
        SaleEvent stored = ticket.finish(t -> {
            SettledSale sale = SettledSale.of(t, ticket.pricer());
            SaleEvent draft = SaleEventFactory.draft(sale, config, c, clock.instant(), !online.getAsBoolean());
            return writer.complete(draft, sale, shifts.ensureOpen(c), ticket.proof().applied());
        });
        for (Consumer<SaleEvent> l : completionListeners) {
            try {
                l.accept(stored);
            } catch (RuntimeException e) {
                // A listener (sync nudge, display) must never undo or fail a committed sale.
                LOG.log(System.Logger.Level.WARNING, "Sale listener failed", e);
            }
        }
        Receipt receipt = receipts.receipt(stored.saleId(), receiptLocale, false, catalog::promotion).orElseThrow();
        boolean cash = stored.payments().stream().anyMatch(p -> TenderType.CASH.name().equals(p.type()));
        return new CompletedSale(stored.saleId(), stored.receiptNo(), receipt, cash,
                Money.ofMinor(stored.changeMinor(), config.currency()));
    }
}
