package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.OPEN_TICKET;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.sale.Ticket;
import dev.opentill.migrations.TillStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Saves the ticket being sold after every change and keeps parked tickets. The ticket being sold
 * lives in a {@link TicketJournal} beside the store (one fsynced record per change, with
 * {@code durable}); parked tickets and everything audited live in the store. A ticket that ends
 * in the store (completed, parked, cancelled) ends in the same transaction by raising the
 * store's {@code ticket.closed_through} mark to the journal's last record, so a crash after that
 * commit never brings the ended ticket back, and a crash before it brings it back whole.
 */
public final class OpenTicketRepository {
    public static final String ACTIVE = "ACTIVE";
    public static final String PARKED = "PARKED";
    /** The store setting holding the journal seq through which tickets have ended. */
    static final String CLOSED_THROUGH = "ticket.closed_through";

    private final TillStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TicketJournal journal;
    private final StoreFlusher flusher;

    /** A parked ticket with its label and when it was parked. */
    public record Parked(UUID id, String label, Instant parkedAt, Ticket ticket) {
    }

    public OpenTicketRepository(TillStore store, AuditLog audit, Clock clock, boolean durable) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.journal = TicketJournal.open(journalFile(store), durable);
        journal.continueAfter(closedThrough(store.dsl()));
        this.flusher = new StoreFlusher(store, journal);
    }

    /** The journal, which completed sales share with the open ticket ({@link SaleWriter}). */
    TicketJournal journal() {
        return journal;
    }

    /** After a journaled sale commits: the store reaches the disk when the till is idle. */
    void flushWhenIdle() {
        flusher.whenIdle();
    }

    /** Old sales pruned and the file compacted when the till has been idle a while after a sale. */
    public void keepTidy(Housekeeping housekeeping) {
        flusher.keepTidy(housekeeping);
    }

    /** Makes the store durable now, with every sale committed so far. */
    public void flush() {
        flusher.flush();
    }

    /** Where the open ticket's journal of {@code store} lives. */
    public static Path journalFile(TillStore store) {
        return store.file().resolveSibling(store.file().getFileName() + ".ticket");
    }

    public void saveActive(Ticket ticket) {
        journal.append(bytes(ticket));
    }

    /**
     * Saves the ticket with the audit entry of the change made under someone's authority, durably:
     * the entry first, so a crash between the two can leave an audited change not made, never a
     * change made without its entry.
     */
    public void saveAudited(Ticket ticket, UUID cashierId, UUID approverId, AuditAction action, String detail) {
        store.dsl().transaction(
                cfg -> audit.append(DSL.using(cfg), cashierId, approverId, action, ticket.id().toString(), detail));
        store.syncToDisk();
        journal.append(bytes(ticket));
    }

    /** Drops an empty ticket (nothing to audit, nothing to force: an empty ticket coming back is harmless). */
    public void discard(UUID ticketId) {
        store.dsl().transaction(cfg -> closeActive(DSL.using(cfg)));
    }

    /** Drops a ticket with the audit entry saying who cancelled it, durably. */
    public void cancel(Ticket ticket, UUID cashierId, UUID approverId, String detail) {
        store.dsl().transaction(cfg -> {
            closeActive(DSL.using(cfg));
            audit.append(DSL.using(cfg), cashierId, approverId, AuditAction.TICKET_CANCELLED, ticket.id().toString(),
                    detail);
        });
        store.syncToDisk();
    }

    /** Keeps {@code ticket} aside under {@code label}, durably. */
    public void park(Ticket ticket, UUID cashierId, String label) {
        store.dsl().transaction(cfg -> {
            save(DSL.using(cfg), ticket, PARKED, cashierId, label);
            closeActive(DSL.using(cfg));
        });
        store.syncToDisk();
    }

    /**
     * Makes a parked ticket the one being sold, durably: journaled first, then taken off the parked
     * list; a crash between the two is finished by {@link #loadActive()}.
     */
    public void resume(Ticket resumed) {
        journal.append(bytes(resumed));
        store.dsl().transaction(cfg -> delete(DSL.using(cfg), resumed.id()));
        store.syncToDisk();
    }

    /** Within the transaction that ends the ticket being sold: the journal's records so far are ended. */
    void closeActive(DSLContext tx) {
        closeThrough(tx, journal.lastSeq());
    }

    /** Within a transaction: the journal's records through {@code seq} are ended (written to the store). */
    void closeThrough(DSLContext tx, long through) {
        String seq = Long.toString(through);
        tx.mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(CLOSED_THROUGH, seq).execute();
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

    /**
     * The ticket that was being sold when the till stopped, if any: the journal's last record unless
     * it has ended. A resume that stopped half-way is finished (the ticket leaves the parked list);
     * a ticket an older version kept in the store is moved into the journal.
     */
    public Optional<Ticket> loadActive() {
        long closed = closedThrough(store.dsl());
        Optional<Ticket> journaled = journal.last().filter(e -> e.seq() > closed && e.payload().length > 0)
                .map(e -> TicketCodec.readTicket(new String(e.payload(), StandardCharsets.UTF_8)));
        if (journaled.isPresent()) {
            if (store.dsl().deleteFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(journaled.get().id())).execute() > 0) {
                store.syncToDisk();
            }
            return journaled;
        }
        Optional<Ticket> older = store.dsl().selectFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(ACTIVE))
                .orderBy(OPEN_TICKET.UPDATED_AT.desc()).limit(1).fetchOptional()
                .map(r -> TicketCodec.readTicket(r.getDocument()));
        older.ifPresent(t -> {
            journal.append(bytes(t));
            store.dsl().deleteFrom(OPEN_TICKET).where(OPEN_TICKET.STATUS.eq(ACTIVE)).execute();
            store.syncToDisk();
        });
        return older;
    }

    void delete(DSLContext tx, UUID ticketId) {
        tx.deleteFrom(OPEN_TICKET).where(OPEN_TICKET.ID.eq(ticketId)).execute();
    }

    /** The journal seq through which the store holds everything (tickets ended, sales written). */
    long closedThrough() {
        return closedThrough(store.dsl());
    }

    private static long closedThrough(DSLContext dsl) {
        return dsl.select(STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.eq(CLOSED_THROUGH)).fetchOptional(STORE_SETTING.SETTING_VALUE)
                .map(Long::parseLong).orElse(0L);
    }

    private static byte[] bytes(Ticket ticket) {
        return TicketCodec.write(ticket).getBytes(StandardCharsets.UTF_8);
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
