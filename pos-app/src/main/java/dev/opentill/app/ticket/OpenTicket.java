package dev.opentill.app.ticket;

import dev.opentill.app.security.Authority;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.PromotionBook;
import dev.opentill.core.promo.PromotionEngine;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Settlement;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.sale.TicketPricer;
import dev.opentill.core.sale.TicketTotals;
import dev.opentill.core.staff.Cashier;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one holder of the ticket being sold. Every change re-prices it (promotions running now,
 * coupons fitted) and saves it, fsynced, before the new ticket is returned, so a crash brings the
 * same ticket back. Methods are synchronized: a till sells one ticket at a time, and each feature
 * service changes it only through here.
 */
public final class OpenTicket implements TicketView {
    private final OpenTicketRepository repository;
    private final CatalogRepository catalog;
    private final TicketPricer pricer;
    private final Authority authority;
    private final Clock clock;
    private final ZoneId zone;
    private final Currency currency;
    private Ticket current;
    /** The promotions last indexed, and their index: rebuilt only when the catalog hands out another list. */
    private List<Promotion> indexed;
    private PromotionBook book;
    /** The proof of the last pricing, and the lines it priced. */
    private PriceProof proof;
    private List<TicketLine> proofLines;

    public OpenTicket(OpenTicketRepository repository, CatalogRepository catalog, TicketPricer pricer,
            Authority authority,
            Clock clock, ZoneId zone, Currency currency) {
        this.repository = repository;
        this.catalog = catalog;
        this.pricer = pricer;
        this.authority = authority;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
        this.current = repository.loadActive().orElseGet(this::fresh);
    }

    @Override
    public synchronized Ticket current() {
        return current;
    }

    @Override
    public synchronized TicketTotals totals() {
        return pricer.totals(current);
    }

    @Override
    public synchronized Settlement settlement() {
        return pricer.settlement(current);
    }

    @Override
    public synchronized Money cashDue() {
        return pricer.cashDue(current).abs();
    }

    public TicketPricer pricer() {
        return pricer;
    }

    public Currency currency() {
        return currency;
    }

    /** Applies {@code op} to the ticket, re-prices and saves the result durably. */
    public synchronized Ticket change(UnaryOperator<Ticket> op) {
        Ticket next = promoted(op.apply(current));
        repository.saveActive(next);
        current = next;
        return next;
    }

    /**
     * A change made under {@code by}'s authority: saved with its audit entry in one transaction;
     * {@code detail} describes the change from the ticket before it.
     */
    public synchronized Ticket change(UnaryOperator<Ticket> op, Cashier by, AuditAction action,
            Function<Ticket, String> detail) {
        String text = detail.apply(current);
        Ticket next = promoted(op.apply(current));
        repository.saveAudited(next, authority.actorId(), authority.approverId(by), action, text);
        current = next;
        return next;
    }

    /**
     * Ends the current ticket: {@code commit} stores what became of it (completed, parked,
     * cancelled) and, when it returns, a fresh ticket is opened. A refusal leaves the ticket as it was.
     */
    public synchronized <R> R finish(Function<Ticket, R> commit) {
        R result = commit.apply(current);
        current = fresh();
        return result;
    }

    /**
     * Replaces the (empty) current ticket with the one {@code open} returns, which has stored it
     * itself (a resumed parked ticket, a return ticket); refused unless the current one is empty.
     */
    public synchronized Ticket replace(UnaryOperator<Ticket> open) {
        requireEmpty();
        current = open.apply(current);
        return current;
    }

    /** Refuses while the ticket has lines or payments. */
    public synchronized void requireEmpty() {
        if (!current.isEmpty() || !current.tenders().isEmpty()) {
            throw new SaleException(SaleError.TICKET_NOT_EMPTY, "Finish or park the current ticket first");
        }
    }

    /** The ticket with the promotions running now applied to its lines. */
    private Ticket promoted(Ticket t) {
        if (t.isReturn() || !t.tenders().isEmpty()) {
            return t;
        }
        if (t.lines().isEmpty()) {
            return t.withCouponsFitted();
        }
        PriceProof p = priced(t);
        Ticket next = t.withPromotions(p.lineDiscounts()).withCouponsFitted();
        proof = p;
        proofLines = next.lines();
        return next;
    }

    /** Prices {@code t}'s lines under the promotions running now; the member on it makes member-only ones run. */
    private PriceProof priced(Ticket t) {
        return PromotionEngine.price(PromotionEngine.basket(t.lines(), clock.instant(), zone, t.memberCard(), null,
                catalog::categoryOf), book());
    }

    /**
     * Why the current ticket costs what it does: the promotions on its lines with each one's
     * share, and those it nearly qualifies for. It is the proof the lines were priced with; for a
     * ticket restored after a restart it is priced again and, if the promotions changed since,
     * rebuilt from the lines' own promotions (without near misses).
     */
    @Override
    public synchronized PriceProof proof() {
        if (current.isReturn() || current.lines().isEmpty()) {
            return PriceProof.none(currency);
        }
        if (proof != null && current.lines().equals(proofLines)) {
            return proof;
        }
        PriceProof again = priced(current);
        Ticket check = current.withPromotions(again.lineDiscounts());
        proof = check.lines().equals(current.lines()) ? again : PricedLines.proof(current, catalog::promotion);
        proofLines = current.lines();
        return proof;
    }

    private PromotionBook book() {
        List<Promotion> running = catalog.promotions();
        if (running != indexed) {
            book = PromotionBook.of(running);
            indexed = running;
        }
        return book;
    }

    private Ticket fresh() {
        return Ticket.open(currency, clock.instant());
    }
}
