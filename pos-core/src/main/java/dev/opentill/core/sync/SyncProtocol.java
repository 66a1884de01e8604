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

    public record EnrollRequest(String code, String deviceName) {
    }

    /** The credential is shown once; the centre keeps only its hash. */
    public record EnrollResponse(String storeCode, String terminalCode, String credential, Instant serverTime) {
    }

    /**
     * The centre stored (or already had) the event with outbox sequence {@code seq}.
     * {@code recordedAt} is the centre's time of storing it: a balance whose as-of time is at or
     * after it includes the event's ledger entries.
     */
    public record Ack(long seq, UUID eventId, String status, Instant recordedAt) {
        public static final String APPLIED = "applied";
        public static final String DUPLICATE = "duplicate";
    }

    /** Every event of the batch up to {@code ackedThrough} is stored at the centre. */
    public record PushResponse(long ackedThrough, List<Ack> acks, Instant serverTime) {
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
        public static final String INTERNAL = "INTERNAL";
    }
}
