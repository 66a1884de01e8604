package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OPEN_TICKET;

import dev.opentill.core.sale.Ticket;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.OpenTicketRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Saves the ticket being sold after every change and keeps parked tickets. With
 * {@code durable} each save is fsynced, so even a power cut brings the same ticket back.
 */
public final class OpenTicketRepository {
    public static final String ACTIVE = "ACTIVE";
    public static final String PARKED = "PARKED";

    private final TillStore store;
    private final Clock clock;
    private final boolean durable;

    public OpenTicketRepository(TillStore store, Clock clock, boolean durable) {
        this.store = store;
        this.clock = clock;
        this.durable = durable;
    }

    public void saveActive(Ticket ticket, UUID cashierId) {
        save(store.dsl(), ticket, ACTIVE, cashierId, null);
        if (durable) {
            store.syncToDisk();
        }
    }

    /** Writes a ticket row within {@code tx}: insert or replace by ticket id. */
    public void save(DSLContext tx, Ticket ticket, String status, UUID cashierId, String label) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String doc = TicketCodec.write(ticket);
        tx.insertInto(OPEN_TICKET)
                .set(OPEN_TICKET.ID, ticket.id()).set(OPEN_TICKET.STATUS, status).set(OPEN_TICKET.CASHIER_ID, cashierId)
                .set(OPEN_TICKET.LABEL, label).set(OPEN_TICKET.DOCUMENT, doc).set(OPEN_TICKET.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(OPEN_TICKET.STATUS, status).set(OPEN_TICKET.CASHIER_ID, cashierId).set(OPEN_TICKET.LABEL, label)
                .set(OPEN_TICKET.DOCUMENT, doc).set(OPEN_TICKET.UPDATED_AT, now)
                .execute();
    }

    /** The ticket that was being sold when the till stopped, if any. */
    public Optional<Ticket> loadActive() {
        return store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(ACTIVE)).orderBy(OPEN_TICKET.UPDATED_AT.desc())
                .limit(1).fetchOptional().map(r -> TicketCodec.readTicket(r.getDocument()));
    }

    public void delete(DSLContext tx, UUID ticketId) {
        tx.deleteFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(ticketId)).execute();
    }

    public List<OpenTicketRecord> parked() {
        return new ArrayList<>(store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(PARKED))
                .orderBy(OPEN_TICKET.UPDATED_AT).fetch());
    }

    public Optional<OpenTicketRecord> find(UUID id) {
        return store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(id)).fetchOptional();
    }
}
