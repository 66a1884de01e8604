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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
    private volatile StoredValueGate storedValue = StoredValueGate.NONE;

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

    /** How stored-value tenders are authorised (the centre's holds); without it they are refused. */
    public void setStoredValue(StoredValueGate gate) {
        this.storedValue = gate;
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
        if (type == TenderType.STORED_VALUE) {
            return addStoredValue(amount, reference);
        }
        return ticket.change(t -> t.withTender(tender(UuidV7.next(), type, t.isReturn() ? amount.negated() : amount,
                reference), ticket.pricer()));
    }

    /**
     * A stored-value card pays: the centre holds the amount under the tender's id before the tender
     * is on the ticket, and gives it back if the ticket then refuses the tender.
     */
    private Ticket addStoredValue(Money amount, String cardNo) {
        if (ticket.current().isReturn()) {
            throw new SaleException(SaleError.STORED_VALUE_REFUSED, "Returns are not paid back to a card here",
                    "RETURN", "");
        }
        if (cardNo == null || cardNo.isBlank()) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, "A stored-value payment needs the card number");
        }
        UUID id = UuidV7.next();
        Tender tender = tender(id, TenderType.STORED_VALUE, amount, cardNo.strip());
        storedValue.authorise(id, tender.reference(), amount);
        try {
            return ticket.change(t -> t.withTender(tender, ticket.pricer()));
        } catch (RuntimeException e) {
            releaseQuietly(id);
            throw e;
        }
    }

    private static Tender tender(UUID id, TenderType type, Money signed, String reference) {
        try {
            return new Tender(id, type, signed, reference);
        } catch (IllegalArgumentException e) {
            throw new SaleException(SaleError.TENDER_NOT_POSITIVE, e.getMessage());
        }
    }

    private void releaseQuietly(UUID tenderId) {
        try {
            storedValue.release(tenderId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Stored-value release failed; the agent reports it later", e);
        }
    }

    @Override
    public Ticket removeTenders() {
        List<UUID> cards = storedValueTenders(ticket.current());
        Ticket after = ticket.change(Ticket::withoutTenders);
        cards.forEach(this::releaseQuietly);
        return after;
    }

    private static List<UUID> storedValueTenders(Ticket t) {
        return t.tenders().stream().filter(x -> x.type() == TenderType.STORED_VALUE).map(Tender::id).toList();
    }

    @Override
    public CompletedSale complete() {
        Cashier c = authority.requireCashier();
        List<UUID> cards = new ArrayList<>();
        SaleEvent stored = ticket.finish(t -> {
            cards.addAll(storedValueTenders(t));
            SettledSale sale = SettledSale.of(t, ticket.pricer());
            SaleEvent draft = SaleEventFactory.draft(sale, config, c, clock.instant(), !online.getAsBoolean());
            return writer.complete(draft, sale, shifts.ensureOpen(c), ticket.proof().applied());
        });
        for (UUID card : cards) {
            try {
                storedValue.capture(card);
            } catch (RuntimeException e) {
                // The sale is stored; the centre's reconciliation shows a capture it refused.
                LOG.log(System.Logger.Level.WARNING, "Stored-value capture of " + card + " failed", e);
            }
        }
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
