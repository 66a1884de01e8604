package dev.opentill.app.ordering;

import dev.opentill.core.sale.TicketLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cup labels for made-to-order orders: one label per cup ("2/3") with the order number, the drink,
 * its options, the note, the time and the channel. Labels are queued on the label printer; a roll
 * that runs out keeps the rest queued until the printer is back. Calls read the store and must be
 * made off the FX thread. This is the seam the production queue and delivery orders print through.
 */
public interface CupLabels {
    /** How an order reached the store, as printed on its labels. */
    enum Channel {
        COUNTER,
        PICKUP,
        DELIVERY
    }

    /** An order to label: its number, channel, customer note and time, and its lines (those with options are cups). */
    record Order(int orderNumber, Channel channel, String note, Instant at, List<TicketLine> lines) {
    }

    /** Queues the labels of a completed sale (a first print or a reprint); returns how many cups it has. */
    int printSale(UUID saleId);

    /** Queues the labels of an order given its lines; returns how many cups it has. */
    int printOrder(Order order);

    /** Labels waiting on the printer (paper out, printer offline). */
    int waiting();
}
