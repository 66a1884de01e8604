package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.SOLD_OUT_EVENT;
import static dev.opentill.central.jooq.Tables.STORE_SOLD_OUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.jooq.tables.records.StoreSoldOutRecord;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Applies sold-out marks made at tills ({@link SoldOutEvent}), each in its own transaction keyed by
 * its event id, so a resend is a duplicate and changes nothing. The store's mark of an item on a
 * day is the latest by the till's time (never later than now); a mark that takes is announced on
 * the feed to that store only.
 */
final class SoldOutIngest {
    /** A business day further than this from the centre's date is nonsense (a till's clock gone wrong). */
    private static final int MAX_DAYS_OFF = 2;

    private final DSLContext dsl;
    private final ObjectMapper mapper;
    private final Clock clock;

    SoldOutIngest(DSLContext dsl, ObjectMapper mapper, Clock clock) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** An ack per event; a refused one is rejected with its reason, or refuses the push for old agents. */
    List<Ack> apply(TerminalIdentity who, List<PushedEvent> events, boolean setsAside) {
        return OwnEvents.apply(events, setsAside, clock, (e, now) -> applyOne(who, e, now));
    }

    private Ack applyOne(TerminalIdentity who, PushedEvent e, OffsetDateTime now) {
        SoldOutEvent mark = read(e, now);
        if (!who.storeCode().equals(mark.storeCode()) || !who.terminalCode().equals(mark.terminalCode())) {
            throw CentralException.forbidden("Terminal " + who.terminalCode()
                    + " may only send its own events for store " + who.storeCode());
        }
        try {
            return dsl.transactionResult(cfg -> store(cfg.dsl(), who, e.seq(), mark, now));
        } catch (DataAccessException ex) {
            // A concurrent resend of the same event committed first.
            OffsetDateTime held = received(dsl, mark.eventId());
            if (held != null) {
                return new Ack(e.seq(), mark.eventId(), AckStatus.DUPLICATE, held.toInstant());
            }
            throw ex;
        }
    }

    private Ack store(DSLContext tx, TerminalIdentity who, long seq, SoldOutEvent mark, OffsetDateTime now) {
        OffsetDateTime held = received(tx, mark.eventId());
        if (held != null) {
            return new Ack(seq, mark.eventId(), AckStatus.DUPLICATE, held.toInstant());
        }
        Instant markedAt = mark.markedAt().isAfter(now.toInstant()) ? now.toInstant() : mark.markedAt();
        OffsetDateTime at = markedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        tx.insertInto(SOLD_OUT_EVENT).set(SOLD_OUT_EVENT.EVENT_ID, mark.eventId())
                .set(SOLD_OUT_EVENT.STORE_ID, who.storeId()).set(SOLD_OUT_EVENT.TERMINAL_ID, who.terminalId())
                .set(SOLD_OUT_EVENT.ITEM_KEY, mark.itemKey()).set(SOLD_OUT_EVENT.BUSINESS_DAY, mark.businessDay())
                .set(SOLD_OUT_EVENT.SOLD_OUT, mark.soldOut()).set(SOLD_OUT_EVENT.MARKED_AT, at)
                .set(SOLD_OUT_EVENT.MARKED_BY, mark.markedBy()).set(SOLD_OUT_EVENT.RECEIVED_AT, now).execute();
        StoreSoldOutRecord r = tx.selectFrom(STORE_SOLD_OUT).where(STORE_SOLD_OUT.STORE_ID.eq(who.storeId()))
                .and(STORE_SOLD_OUT.ITEM_KEY.eq(mark.itemKey())).and(STORE_SOLD_OUT.BUSINESS_DAY.eq(mark.businessDay()))
                .forUpdate().fetchOne();
        if (r == null) {
            r = tx.newRecord(STORE_SOLD_OUT);
            r.setStoreId(who.storeId());
            r.setItemKey(mark.itemKey());
            r.setBusinessDay(mark.businessDay());
        } else if (at.isBefore(r.getMarkedAt())) {
            // A later mark from another till is already held: this one is kept as an event only.
            return new Ack(seq, mark.eventId(), AckStatus.APPLIED, now.toInstant());
        }
        r.setSoldOut(mark.soldOut());
        r.setMarkedAt(at);
        r.setTerminalId(who.terminalId());
        r.setUpdatedAt(now);
        r.store();
        ChangeLogWriter.append(tx, List.of(new Change(who.storeId(), FeedRecords.SOLD_OUT, key(mark))), now);
        return new Ack(seq, mark.eventId(), AckStatus.APPLIED, now.toInstant());
    }

    /** The feed entry's key: one entry per item and day, so marking it back and forth keeps one. */
    static String key(SoldOutEvent mark) {
        return mark.businessDay() + "|" + mark.itemKey();
    }

    private SoldOutEvent read(PushedEvent e, OffsetDateTime now) {
        if (e.eventId() == null || e.seq() < 0) {
            throw CentralException.malformed("seq and eventId are required");
        }
        SoldOutEvent mark;
        try {
            mark = mapper.convertValue(e.payload(), SoldOutEvent.class);
        } catch (IllegalArgumentException ex) {
            throw CentralException.malformed("unreadable sold-out event");
        }
        if (mark == null || !e.eventId().equals(mark.eventId()) || mark.businessDay() == null
                || mark.markedAt() == null) {
            throw CentralException.malformed("a sold-out event needs its event id, business day and time");
        }
        if (!SoldOutEvent.validKey(mark.itemKey())) {
            throw CentralException.malformed("a sold-out event names no product or option: " + clip(mark.itemKey()));
        }
        LocalDate today = now.toLocalDate();
        if (Math.abs(ChronoUnit.DAYS.between(today, mark.businessDay())) > MAX_DAYS_OFF) {
            throw CentralException.malformed("the business day " + mark.businessDay() + " is too far from today");
        }
        return mark;
    }

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static OffsetDateTime received(DSLContext dsl, UUID eventId) {
        return dsl.select(SOLD_OUT_EVENT.RECEIVED_AT).from(SOLD_OUT_EVENT).where(SOLD_OUT_EVENT.EVENT_ID.eq(eventId))
                .fetchOptional(SOLD_OUT_EVENT.RECEIVED_AT).orElse(null);
    }
}
