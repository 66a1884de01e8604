package dev.opentill.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire records of the till-centre protocol other than the sale itself (see
 * central/src/main/resources/openapi.yaml). Shared by the sync agent and the central platform.
 */
public final class SyncProtocol {
    /** Path prefix of every protocol endpoint; {@code GET /api/v1/ping} identifies a central platform. */
    public static final String API = "/api/v1";
    /** Service name returned by ping, so a wrong URL that answers HTTP is recognised as such. */
    public static final String SERVICE = "opentill-central";

    private SyncProtocol() {
    }

    public record Ping(String service, Instant serverTime) {
    }

    /** The answer to a till's wait ({@code GET /sync/wait}): true when its store has new delivery orders to pull. */
    public record WaitAnswer(boolean ring) {
    }

    public record EnrollRequest(String code, String deviceName) {
    }

    /** The credential is shown once; the centre keeps only its hash. */
    public record EnrollResponse(String storeCode, String terminalCode, String credential, Instant serverTime) {
    }

    /**
     * What the centre did with one pushed event. The wire value is {@link #toString()} (lower case);
     * both ends' JSON mappers read and write enums by {@code toString}.
     */
    public enum AckStatus {
        /** Stored by this push. */
        APPLIED("applied"),
        /** Already stored by an earlier push; nothing changed. */
        DUPLICATE("duplicate"),
        /**
         * Refused (malformed, nonsense, or clashing with stored data) and not stored; the ack's
         * {@code reason} says why. The till sets the event aside; the rest of the batch is stored.
         */
        REJECTED("rejected");

        private final String wire;

        AckStatus(String wire) {
            this.wire = wire;
        }

        @Override
        public String toString() {
            return wire;
        }
    }

    /**
     * The centre stored (or already had) the event with outbox sequence {@code seq}.
     * {@code recordedAt} is the centre's time of storing it: a balance whose as-of time is at or
     * after it includes the event's ledger entries.
     */
    public record Ack(long seq, UUID eventId, AckStatus status, Instant recordedAt, String reason) {
        /** A stored (applied or duplicate) event. */
        public Ack(long seq, UUID eventId, AckStatus status, Instant recordedAt) {
            this(seq, eventId, status, recordedAt, null);
        }
    }

    /**
     * One push ({@code POST /sync/push}, gzip): the terminal's oldest pending outbox events in
     * sequence order, and what it still holds back ({@code pending} events, the oldest from
     * {@code oldestPendingAt}) for the centre's status page. The agent writes it and the centre
     * reads it through this record, so the field names live here. {@code version} is what the
     * agent understands of the answer: {@link #SETS_ASIDE} or later, a refused event is answered as
     * a {@link AckStatus#REJECTED} ack and the rest is stored; earlier (agents that send none), a
     * refused event refuses the batch with a 400 naming it, and nothing is stored. {@code auditHead}
     * anchors the till's audit chain at the centre (null from agents that send none).
     */
    public record PushBatch(String storeCode, String terminalCode, long pending, Instant oldestPendingAt,
            List<PushedEvent> events, int version, AuditHead auditHead) {
        /** The first version whose agents take rejected acks. */
        public static final int SETS_ASIDE = 2;
        /** The version this code writes. */
        public static final int CURRENT = SETS_ASIDE;

        /** A batch without an audit head. */
        public PushBatch(String storeCode, String terminalCode, long pending, Instant oldestPendingAt,
                List<PushedEvent> events, int version) {
            this(storeCode, terminalCode, pending, oldestPendingAt, events, version, null);
        }
    }

    /**
     * The last entry of the till's audit chain ({@code seq}, {@code hash}) and, when the centre named
     * an anchor in an earlier answer ({@link PushResponse#auditAnchorSeq}), the hash the till now
     * holds at that seq. The centre keeps the highest head it saw: a head that goes back, or an
     * anchored entry whose hash changed, means the chain was cut or rewritten on the till.
     */
    public record AuditHead(long seq, String hash, Long anchorSeq, String anchorHash) {
    }

    /**
     * One outbox event in a push. {@code payload} is the event's JSON as the outbox holds it (for
     * {@link SaleEvent#TYPE}, a {@link SaleEvent}); the centre reads each payload on its own, so an
     * unreadable one is refused by itself, naming its {@code seq}.
     */
    public record PushedEvent(long seq, UUID eventId, String type, Object payload) {
    }

    /**
     * Every event of the batch up to {@code ackedThrough} is stored at the centre; {@code auditAnchorSeq}
     * is the audit seq the centre holds as this till's anchor (null when it holds none).
     */
    public record PushResponse(long ackedThrough, List<Ack> acks, Instant serverTime, Long auditAnchorSeq) {
        /** An answer that names no audit anchor. */
        public PushResponse(long ackedThrough, List<Ack> acks, Instant serverTime) {
            this(ackedThrough, acks, serverTime, null);
        }
    }

    /** An event the centre refused as malformed; nothing of its batch was applied. */
    public record Rejected(long seq, UUID eventId, String reason) {
    }

    /** Body of every 4xx/5xx answer; {@code code} is one of the constants below. */
    public record ErrorBody(String code, String message, List<Rejected> rejected) {
        public static final String UNAUTHORIZED = "UNAUTHORIZED";
        public static final String FORBIDDEN = "FORBIDDEN";
        public static final String MALFORMED = "MALFORMED";
        public static final String NOT_FOUND = "NOT_FOUND";
        public static final String CONFLICT = "CONFLICT";
        /** The request body is over its limit (as sent, or once expanded); HTTP 413. */
        public static final String TOO_LARGE = "TOO_LARGE";
        /** Too many attempts; try again later. HTTP 429. */
        public static final String THROTTLED = "THROTTLED";
        public static final String INTERNAL = "INTERNAL";
    }
}
