package dev.opentill.app.park;

import dev.opentill.core.sale.Ticket;
import java.util.List;
import java.util.UUID;

/** Setting the open ticket aside and taking it up again. Calls block: make them off the FX thread. */
public interface Parking {

    /** Parks the open ticket under a label and opens a fresh one. */
    Ticket park(String label);

    List<ParkedTicket> parked();

    /** Resumes a parked ticket; the current one must be empty. */
    Ticket resume(UUID parkedTicketId);
}
