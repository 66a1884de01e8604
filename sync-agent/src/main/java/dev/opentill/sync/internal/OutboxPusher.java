package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.AuditHead;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushResponse;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import dev.opentill.core.sync.SyncProtocol.Rejected;
import dev.opentill.store.jooq.tables.records.OutboxRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Pushes the till's outbox in sequence order, in gzip batches, and records the centre's
 * acknowledgements: the outbox rows and the sales' stock and points ledger entries are marked
 * acknowledged in one till transaction, with the centre's time.
 */
public final class OutboxPusher {
    /** What one push round did. */
    public record Result(int sent, int acked, Instant serverTime) {
    }

    private final DSLContext till;
    private final ObjectMapper mapper;
    private final ObjIntConsumer<DSLContext> onAcknowledged;
    /** The audit seq the centre last named as this till's anchor; proven again with every push. */
    private volatile Long auditAnchorSeq;

    public OutboxPusher(DSLContext till, ObjectMapper mapper) {
        this(till, mapper, (tx, events) -> {
        });
    }

    /** {@code onAcknowledged} runs inside the transaction that marks acknowledgements, after the marks, with their number. */
    public OutboxPusher(DSLContext till, ObjectMapper mapper, ObjIntConsumer<DSLContext> onAcknowledged) {
        this.till = till;
        this.mapper = mapper;
        this.onAcknowledged = onAcknowledged;
    }

    /** Pushes one batch of pending events; {@code sent == 0} when nothing waits. */
    public Result pushBatch(CentralClient client, String storeCode, String terminalCode, int batchSize, long pending) {
        List<OutboxRecord> rows = till.selectFrom(OUTBOX).where(OUTBOX.ACKED_AT.isNull())
                .and(OUTBOX.LAST_ERROR.isNull()).orderBy(OUTBOX.SEQ).limit(batchSize).fetch();
        if (rows.isEmpty()) {
            return new Result(0, 0, null);
        }
        // The batch is the oldest pending events, so its first is the oldest one.
        Instant oldestPendingAt = rows.get(0).getCreatedAt().toInstant();
        Map<Long, JsonNode> payloads = new HashMap<>();
        byte[] body = encode(rows, storeCode, terminalCode, pending, oldestPendingAt, payloads);
        PushResponse response;
        try {
            response = client.push(body);
        } catch (CentralClient.RejectedBatch e) {
            quarantine(e.rejected());
            throw e;
        }
        Map<Long, UUID> bySeq = rows.stream().collect(Collectors.toMap(OutboxRecord::getSeq, OutboxRecord::getEventId));
        List<Ack> acked = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Ack a : response.acks()) {
            // Only rows of this batch whose event id matches are marked: a stale answer changes nothing.
            if (a.eventId() != null && a.eventId().equals(bySeq.get(a.seq()))) {
                if (a.status() == AckStatus.REJECTED) {
                    rejected.add(new Rejected(a.seq(), a.eventId(), a.reason()));
                } else {
                    acked.add(a);
                }
            }
        }
        auditAnchorSeq = response.auditAnchorSeq();
        markAcked(rows, acked, payloads, response.serverTime());
        if (!rejected.isEmpty()) {
            // Set aside, never resent by itself; the others of the batch are stored and marked.
            quarantine(rejected);
            throw new CentralClient.RejectedBatch(rejected, rejected.size() + " event(s) rejected");
        }
        return new Result(rows.size(), acked.size(), response.serverTime());
    }

    private byte[] encode(List<OutboxRecord> rows, String storeCode, String terminalCode, long pending,
            Instant oldest, Map<Long, JsonNode> payloads) {
        List<PushedEvent> events = new ArrayList<>(rows.size());
        for (OutboxRecord r : rows) {
            JsonNode payload = parse(r.getPayload());
            if (payload != null) {
                payloads.put(r.getSeq(), payload);
            }
            // Unreadable here: sent as a string, so the centre rejects just this event.
            events.add(new PushedEvent(r.getSeq(), r.getEventId(), r.getEventType(),
                    payload == null ? r.getPayload() : payload));
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(rows.size() * 400);
        try (GZIPOutputStream gz = new GZIPOutputStream(buf, 16384)) {
            mapper.writeValue(gz,
                    new PushBatch(storeCode, terminalCode, pending, oldest, events, PushBatch.CURRENT, auditHead()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** The chain's last entry, and the hash now held at the centre's anchor (null if that entry is gone). */
    private AuditHead auditHead() {
        var last = till.select(AUDIT_LOG.SEQ, AUDIT_LOG.HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1)
                .fetchOne();
        if (last == null) {
            return null;
        }
        Long anchor = auditAnchorSeq;
        String anchorHash = anchor == null
                ? null
                : till.select(AUDIT_LOG.HASH).from(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(anchor)).fetchOne(AUDIT_LOG.HASH);
        return new AuditHead(last.value1(), last.value2(), anchor, anchorHash);
    }

    private JsonNode parse(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            return null;
        }
    }

    /** One till transaction; each event's rows get the time the centre recorded that event. */
    private void markAcked(List<OutboxRecord> rows, List<Ack> acks, Map<Long, JsonNode> payloads, Instant serverTime) {
        if (acks.isEmpty()) {
            return;
        }
        Map<Long, OutboxRecord> bySeq = rows.stream().collect(Collectors.toMap(OutboxRecord::getSeq, r -> r));
        till.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BatchBindStep outbox = tx.batch(tx.update(OUTBOX).set(OUTBOX.ACKED_AT, (OffsetDateTime) null)
                    .where(OUTBOX.SEQ.eq(0L)).and(OUTBOX.ACKED_AT.isNull()));
            // Separate statements by id and by reference: an OR would defeat the indexes.
            BatchBindStep stockById = tx.batch(tx.update(STOCK_LEDGER).set(STOCK_LEDGER.ACKED_AT, (OffsetDateTime) null)
                    .where(STOCK_LEDGER.ID.eq((UUID) null)).and(STOCK_LEDGER.ACKED_AT.isNull()));
            BatchBindStep stockByRef = tx
                    .batch(tx.update(STOCK_LEDGER).set(STOCK_LEDGER.ACKED_AT, (OffsetDateTime) null)
                            .where(STOCK_LEDGER.REF_ID.eq((UUID) null)).and(STOCK_LEDGER.ACKED_AT.isNull()));
            BatchBindStep pointsById = tx
                    .batch(tx.update(POINTS_LEDGER).set(POINTS_LEDGER.ACKED_AT, (OffsetDateTime) null)
                            .where(POINTS_LEDGER.ID.eq((UUID) null)).and(POINTS_LEDGER.ACKED_AT.isNull()));
            BatchBindStep pointsByRef = tx
                    .batch(tx.update(POINTS_LEDGER).set(POINTS_LEDGER.ACKED_AT, (OffsetDateTime) null)
                            .where(POINTS_LEDGER.REF_ID.eq((UUID) null)).and(POINTS_LEDGER.ACKED_AT.isNull()));
            boolean anyStock = false;
            boolean anyPoints = false;
            for (Ack a : acks) {
                OutboxRecord r = bySeq.get(a.seq());
                Instant when = a.recordedAt() != null
                        ? a.recordedAt()
                        : serverTime != null ? serverTime : Instant.now();
                OffsetDateTime at = when.atOffset(ZoneOffset.UTC);
                outbox.bind(at, a.seq());
                // Entries are found by the ids in the payload, and by the sale id as their reference.
                stockByRef.bind(at, r.getAggregateId());
                pointsByRef.bind(at, r.getAggregateId());
                JsonNode p = payloads.get(a.seq());
                if (p != null) {
                    for (JsonNode e : p.path("stock")) {
                        UUID id = uuid(e.path("entryId").asText(null));
                        if (id != null) {
                            stockById.bind(at, id);
                            anyStock = true;
                        }
                    }
                    for (JsonNode e : p.path("points")) {
                        UUID id = uuid(e.path("entryId").asText(null));
                        if (id != null) {
                            pointsById.bind(at, id);
                            anyPoints = true;
                        }
                    }
                }
            }
            outbox.execute();
            stockByRef.execute();
            pointsByRef.execute();
            if (anyStock) {
                stockById.execute();
            }
            if (anyPoints) {
                pointsById.execute();
            }
            onAcknowledged.accept(tx, acks.size());
        });
    }

    /** Rejected events keep their row (the sale is never lost) but leave the push queue. */
    private void quarantine(List<Rejected> rejected) {
        till.transaction(cfg -> {
            for (Rejected r : rejected) {
                String reason = r.reason() == null ? "rejected" : r.reason();
                cfg.dsl().update(OUTBOX)
                        .set(OUTBOX.LAST_ERROR, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                        .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1)).where(OUTBOX.SEQ.eq(r.seq()))
                        .and(OUTBOX.ACKED_AT.isNull()).execute();
            }
        });
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null; // not a UUID: nothing to mark
        }
    }
}
