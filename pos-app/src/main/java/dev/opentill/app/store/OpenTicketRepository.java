package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OPEN_TICKET;

import dev.opentill.core.sale.Ticket;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Saves the ticket being sold after every change and keeps parked tickets. With
 * {@code durable} each save is fsynced, so even a power cut brings the same ticket back.
 */
public final class OpenTicketRepository {
    public static final String ACTIVE = "ACTIVE";
    public static final String PARKED = "PARKED";

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean durable;

    /** A parked ticket with its label and when it was parked. */
    public record Parked(UUID id, String label, Instant parkedAt, Ticket ticket) {
    }

    public OpenTicketRepository(TillStore store, AuditLog audit, Clock clock, boolean durable) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.durable = durable;
    }

    public void saveActive(Ticket ticket, UUID cashierId) {
        save(store.dsl(), ticket, ACTIVE, cashierId, null);
        if (durable) {
            store.syncToDisk();
        }
    }

    /** Saves the ticket with the audit entry of the change made under someone's authority, durably. */
    public void saveAudited(Ticket ticket, UUID cashierId, UUID approverId, AuditAction action, String detail) {
        store.dsl().transaction(cfg -> {
            save(DSL.using(cfg), ticket, ACTIVE, cashierId, null);
            audit.append(DSL.using(cfg), cashierId, approverId, action, ticket.id().toString(), detail);
        });
        store.syncToDisk();
    }

    /** Drops an empty ticket (nothing to audit). */
    public void discard(UUID ticketId) {
        store.dsl().transaction(cfg -> delete(DSL.using(cfg), ticketId));
    }

    /** Drops a ticket with the audit entry saying who cancelled it, durably. */
    public void cancel(Ticket ticket, UUID cashierId, UUID approverId, String detail) {
        store.dsl().transaction(cfg -> {
            delete(DSL.using(cfg), ticket.id());
            audit.append(DSL.using(cfg), cashierId, approverId, AuditAction.TICKET_CANCELLED, ticket.id().toString(),
                    detail);
        });
        store.syncToDisk();
    }

    /** Keeps {@code ticket} aside under {@code label}, durably. */
    public void park(Ticket ticket, UUID cashierId, String label) {
        store.dsl().transaction(cfg -> save(DSL.using(cfg), ticket, PARKED, cashierId, label));
        store.syncToDisk();
    }

    /** Makes a parked ticket the active one, dropping the (empty) ticket it replaces, durably. */
    public void resume(UUID abandonedId, Ticket resumed, UUID cashierId) {
        store.dsl().transaction(cfg -> {
            delete(DSL.using(cfg), abandonedId);
            save(DSL.using(cfg), resumed, ACTIVE, cashierId, null);
        });
        store.syncToDisk();
    }

    /** Writes a ticket row within {@code tx}: insert or replace by ticket id. */
    void save(DSLContext tx, Ticket ticket, String status, UUID cashierId, String label) {
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
        return store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(ACTIVE))
                .orderBy(OPEN_TICKET.UPDATED_AT.desc())
                .limit(1).fetchOptional().map(r -> TicketCodec.readTicket(r.getDocument()));
    }

    void delete(DSLContext tx, UUID ticketId) {
        tx.deleteFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(ticketId)).execute();
    }

    /** Parked tickets, oldest first. */
    public List<Parked> parked() {
        return store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(PARKED)).orderBy(OPEN_TICKET.UPDATED_AT)
                .fetch(r -> new Parked(r.getId(), r.getLabel(), r.getUpdatedAt().toInstant(),
                        TicketCodec.readTicket(r.getDocument())));
    }

    /** The parked ticket with this id, if it is still parked. */
    public Optional<Ticket> findParked(UUID id) {
        return store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(id)).and(OPEN_TICKET.STATUS.eq(PARKED))
                .fetchOptional().map(r -> TicketCodec.readTicket(r.getDocument()));
    }
}
