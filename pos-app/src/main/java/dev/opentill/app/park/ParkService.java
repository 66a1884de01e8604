package dev.opentill.app.park;

import dev.opentill.app.security.Authority;
import dev.opentill.app.store.OpenTicketRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import java.util.List;
import java.util.UUID;

/** {@link Parking} in the till's store: parked tickets survive a restart like the open one. */
public final class ParkService implements Parking {
    private final OpenTicket ticket;
    private final OpenTicketRepository tickets;
    private final Authority authority;

    public ParkService(OpenTicket ticket, OpenTicketRepository tickets, Authority authority) {
        this.ticket = ticket;
        this.tickets = tickets;
        this.authority = authority;
    }

    @Override
    public Ticket park(String label) {
        ticket.finish(t -> {
            if (t.isEmpty()) {
                throw new SaleException(SaleError.TICKET_EMPTY, "Nothing to park");
            }
            if (!t.tenders().isEmpty()) {
                throw new SaleException(SaleError.TICKET_HAS_TENDERS, "Remove payments before parking");
            }
            tickets.park(t, authority.actorId(), label);
            return null;
        });
        return ticket.current();
    }

    @Override
    public List<ParkedTicket> parked() {
        return tickets.parked().stream()
                .map(p -> new ParkedTicket(p.id(), p.label(), p.parkedAt(), ticket.pricer().totals(p.ticket()).total(),
                        (int) p.ticket().lines().stream().filter(l -> !l.voided()).count()))
                .toList();
    }

    @Override
    public Ticket resume(UUID parkedTicketId) {
        return ticket.replace(abandoned -> {
            Ticket t = tickets.findParked(parkedTicketId).orElseThrow(
                    () -> new SaleException(SaleError.NO_SUCH_PARKED_TICKET, "No parked ticket " + parkedTicketId));
            tickets.resume(t);
            return t;
        });
    }
}
