package dev.opentill.app.ui.sale;

import dev.opentill.app.ticket.TicketView;
import dev.opentill.core.sale.Ticket;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open ticket as the sale, tender and returns screens share it. {@link #capture} runs in the
 * background after a change; {@link #show} publishes the result on the UI thread.
 */
public final class CurrentTicket {
    private final TicketView till;
    private final ReadOnlyObjectWrapper<TicketState> state = new ReadOnlyObjectWrapper<>(this, "state");

    public CurrentTicket(TicketView till) {
        this.till = till;
    }

    /** Reads totals and settlement of {@code ticket} from the till; call off the UI thread. */
    public TicketState capture(Ticket ticket) {
        return new TicketState(ticket, till.totals(), till.settlement(), till.cashDue(), till.proof());
    }

    /** Reads the till's open ticket; call off the UI thread. */
    public TicketState captureCurrent() {
        return capture(till.current());
    }

    public void show(TicketState next) {
        state.set(next);
    }

    public TicketState get() {
        return state.get();
    }

    public ReadOnlyObjectProperty<TicketState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
