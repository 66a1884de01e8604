package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.Z_REPORT;

import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.ZReportEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Stores the tills' Z reports, exactly once each: one transaction per Z, keyed by its event id (a
 * resend is a duplicate) and by (terminal, Z number) (another event for a stored Z is rejected).
 */
final class ZIngest {
    /** A pushed Z that passed its checks, with its outbox sequence. */
    record PendingZ(long seq, ZReportEvent z) {
    }

    private static final String HASH = "[0-9a-f]{64}";

    private final DSLContext dsl;

    ZIngest(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Why {@code z} cannot be stored, or null: every field bounded before it touches the database. */
    static String problem(ZReportEvent z, UUID eventId, Instant now) {
        if (z == null) {
            return "no payload";
        }
        if (!eventId.equals(z.eventId())) {
            return "the payload's event id is not the pushed one";
        }
        if (z.zNumber() <= 0 || z.sales() < 0 || z.returns() < 0 || z.notAtCentre() < 0) {
            return "Z number and counts must be positive";
        }
        if (z.businessDate() == null || z.openedAt() == null || z.closedAt() == null
                || z.closedAt().isBefore(z.openedAt())
                || z.closedAt().isAfter(now.plus(1, ChronoUnit.DAYS))
                || z.businessDate().isBefore(LocalDate.of(2000, 1, 1))) {
            return "Z times are missing or impossible";
        }
        if (z.currency() == null || !z.currency().matches("[A-Z]{3}")) {
            return "currency must be an ISO code";
        }
        if (z.hash() == null || !z.hash().matches(HASH) || z.previousHash() == null
                || !z.previousHash().matches(HASH)) {
            return "hashes must be 64 hex digits";
        }
        if (z.document() == null || z.document().isEmpty() || z.document().length() > ZReportEvent.MAX_DOCUMENT) {
            return "the Z text is missing or over " + ZReportEvent.MAX_DOCUMENT + " characters";
        }
        if (z.storeCode() == null || z.terminalCode() == null) {
            return "store and terminal are required";
        }
        return null;
    }

    /** Stores each Z in its own transaction and answers an ack for each. */
    List<Ack> apply(TerminalIdentity who, List<PendingZ> zs, Instant now) {
        List<Ack> acks = new ArrayList<>(zs.size());
        OffsetDateTime at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        for (PendingZ p : zs) {
            acks.add(applyOne(p, at));
        }
        return acks;
    }

    private Ack applyOne(PendingZ p, OffsetDateTime at) {
        ZReportEvent z = p.z();
        Ack known = known(p);
        if (known != null) {
            return known;
        }
        try {
            dsl.transaction(cfg -> cfg.dsl().insertInto(Z_REPORT).set(Z_REPORT.EVENT_ID, z.eventId())
                    .set(Z_REPORT.STORE_CODE, z.storeCode()).set(Z_REPORT.TERMINAL_CODE, z.terminalCode())
                    .set(Z_REPORT.Z_NUMBER, z.zNumber()).set(Z_REPORT.BUSINESS_DATE, z.businessDate())
                    .set(Z_REPORT.OPENED_AT, utc(z.openedAt())).set(Z_REPORT.CLOSED_AT, utc(z.closedAt()))
                    .set(Z_REPORT.CURRENCY, z.currency()).set(Z_REPORT.SALES, z.sales())
                    .set(Z_REPORT.RETURNS, z.returns()).set(Z_REPORT.GROSS_MINOR, z.grossMinor())
                    .set(Z_REPORT.NET_MINOR, z.netMinor()).set(Z_REPORT.CASH_EXPECTED_MINOR, z.cashExpectedMinor())
                    .set(Z_REPORT.CASH_COUNTED_MINOR, z.cashCountedMinor())
                    .set(Z_REPORT.GRAND_TOTAL_MINOR, z.grandTotalMinor()).set(Z_REPORT.NOT_AT_CENTRE, z.notAtCentre())
                    .set(Z_REPORT.PREV_HASH, z.previousHash()).set(Z_REPORT.HASH, z.hash())
                    .set(Z_REPORT.DOCUMENT, z.document()).set(Z_REPORT.RECEIVED_AT, at).execute());
            return new Ack(p.seq(), z.eventId(), AckStatus.APPLIED, at.toInstant());
        } catch (DataAccessException e) {
            // A concurrent resend stored it meanwhile, or another event holds this Z number.
            Ack after = known(p);
            if (after != null) {
                return after;
            }
            throw e;
        }
    }

    /** The ack of a Z already held: a duplicate of this event, or a rejection when another event holds its number. */
    private Ack known(PendingZ p) {
        ZReportEvent z = p.z();
        var held = dsl.select(Z_REPORT.EVENT_ID, Z_REPORT.RECEIVED_AT).from(Z_REPORT)
                .where(Z_REPORT.EVENT_ID.eq(z.eventId())
                        .or(Z_REPORT.TERMINAL_CODE.eq(z.terminalCode()).and(Z_REPORT.Z_NUMBER.eq(z.zNumber()))))
                .fetchOptional();
        if (held.isEmpty()) {
            return null;
        }
        if (held.get().value1().equals(z.eventId())) {
            return new Ack(p.seq(), z.eventId(), AckStatus.DUPLICATE, held.get().value2().toInstant());
        }
        return new Ack(p.seq(), z.eventId(), AckStatus.REJECTED, held.get().value2().toInstant(),
                "Z " + z.zNumber() + " of " + z.terminalCode() + " is already stored under another event");
    }

    private static OffsetDateTime utc(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
