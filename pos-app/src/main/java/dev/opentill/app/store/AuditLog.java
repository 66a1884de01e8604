package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;

import dev.opentill.core.id.UuidV7;
import dev.opentill.store.jooq.tables.records.AuditLogRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import dev.opentill.migrations.TillStore;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The till's append-only audit trail. Each entry's hash covers the previous entry's hash and its
 * own fields, so changing or deleting any entry breaks the chain from that point on and
 * {@link #verify(DSLContext)} finds it. Entries are written inside the caller's transaction.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /** The {@code store_setting} key of the till's secret audit key (hex), made once by a migration. */
    public static final String KEY_SETTING = "audit.key";

    private final String terminalCode;
    private final Clock clock;

    public AuditLog(String terminalCode, Clock clock) {
        this.terminalCode = terminalCode;
        this.clock = clock;
    }

    /** Appends an entry within the transaction of {@code tx}. */
    public void append(DSLContext tx, UUID actor, UUID approver, AuditAction action, String subject, String detail) {
        AuditLogRecord last = tx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).forUpdate().fetchOne();
        long seq = last == null ? 1 : last.getSeq() + 1;
        String prev = last == null ? GENESIS : last.getHash();
        // Truncated to millis so the stored value and the hashed value are the same instant.
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS),
                ZoneOffset.UTC);
        AuditLogRecord r = tx.newRecord(AUDIT_LOG);
        r.setSeq(seq);
        r.setId(UuidV7.next());
        r.setAt(at);
        r.setTerminalCode(terminalCode);
        r.setActorId(actor);
        r.setApproverId(approver);
        r.setAction(action.name());
        r.setSubject(truncate(subject, 200));
        r.setDetail(truncate(detail, 4000));
        r.setPrevHash(prev);
        r.setHash(hash(r));
        r.insert();
    }

    /** Appends an entry in a transaction of its own and syncs it to disk. */
    public void record(TillStore store, UUID actor, UUID approver, AuditAction action, String subject, String detail) {
        store.dsl().transaction(cfg -> append(DSL.using(cfg), actor, approver, action, subject, detail));
        store.syncToDisk();
    }

    /** The sequence number of the first entry whose chain is broken, or empty if the log is intact. */
    public static OptionalLong verify(DSLContext dsl) {
        String prev = GENESIS;
        long expectedSeq = 1;
        try (var cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchLazy()) {
            for (AuditLogRecord r : cursor) {
                if (r.getSeq() != expectedSeq || !r.getPrevHash().equals(prev) || !r.getHash().equals(hash(r))) {
                    return OptionalLong.of(expectedSeq);
                }
                prev = r.getHash();
                expectedSeq++;
            }
        }
        return OptionalLong.empty();
    }

    static String hash(AuditLogRecord r) {
        String material = String.join("|", r.getPrevHash(), Long.toString(r.getSeq()), r.getId().toString(),
                Long.toString(r.getAt().toInstant().toEpochMilli()), r.getTerminalCode(), Objects.toString(r.getActorId(), ""),
                Objects.toString(r.getApproverId(), ""), r.getAction(), Objects.toString(r.getSubject(), ""),
                Objects.toString(r.getDetail(), ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
