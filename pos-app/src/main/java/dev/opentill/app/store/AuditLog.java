package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.id.UuidV7;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.AuditLogRecord;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The till's append-only audit trail. Each entry's hash covers the previous entry's hash and its
 * own fields, length-prefixed, keyed with the till's secret ({@code audit.key}, HMAC-SHA256), so
 * changing, inserting or deleting an entry, or recomputing hashes without the key, breaks the chain
 * and {@link #verify(DSLContext)} finds it; each sale keeps its entry's seq, so dropping the last
 * entries is caught too. Entries written before the key (scheme 1, SHA-256 over '|'-joined fields)
 * are verified as they were written, and only before the {@code AUDIT_KEYED} entry. Entries are
 * written inside the caller's transaction.
 */
public final class AuditLog {
    private static final System.Logger LOG = System.getLogger("till");
    static final String GENESIS = "0".repeat(64);
    /** The {@code store_setting} key of the till's secret audit key (hex); never logged nor shown. */
    public static final String KEY_SETTING = "audit.key";
    static final short LEGACY = 1;
    static final short KEYED = 2;

    private final String terminalCode;
    private final Clock clock;

    public AuditLog(String terminalCode, Clock clock) {
        this.terminalCode = terminalCode;
        this.clock = clock;
    }

    /**
     * Makes the till's audit key if it has none yet, and marks where the keyed chain starts with an
     * {@code AUDIT_KEYED} entry; done once, at the till's first start with this version.
     */
    public void ensureKey(TillStore store) {
        store.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (key(tx) == null) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                tx.insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, KEY_SETTING)
                        .set(STORE_SETTING.SETTING_VALUE, HexFormat.of().formatHex(key)).execute();
                long legacy = tx.fetchCount(AUDIT_LOG);
                append(tx, null, null, AuditAction.AUDIT_KEYED, null, "entries before: " + legacy);
            }
        });
        store.syncToDisk();
    }

    /** Appends an entry within the transaction of {@code tx} and returns its seq. */
    public long append(DSLContext tx, UUID actor, UUID approver, AuditAction action, String subject, String detail) {
        return append(tx, UuidV7.next(), clock.instant(), actor, approver, action, subject, detail);
    }

    /**
     * Appends an entry with a given id and time (a journaled sale's entry, the same when written
     * again after a crash) within the transaction of {@code tx} and returns its seq.
     */
    long append(DSLContext tx, UUID id, Instant time, UUID actor, UUID approver, AuditAction action, String subject,
            String detail) {
        AuditLogRecord last = tx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).forUpdate().fetchOne();
        byte[] key = key(tx);
        long seq = last == null ? 1 : last.getSeq() + 1;
        String prev = last == null ? GENESIS : last.getHash();
        // Truncated to millis so the stored value and the hashed value are the same instant.
        OffsetDateTime at = OffsetDateTime.ofInstant(time.truncatedTo(ChronoUnit.MILLIS),
                ZoneOffset.UTC);
        AuditLogRecord r = tx.newRecord(AUDIT_LOG);
        r.setSeq(seq);
        r.setId(id);
        r.setAt(at);
        r.setTerminalCode(terminalCode);
        r.setActorId(actor);
        r.setApproverId(approver);
        r.setAction(action.name());
        r.setSubject(truncate(subject, 200));
        r.setDetail(truncate(detail, 4000));
        r.setPrevHash(prev);
        r.setScheme(key == null ? LEGACY : KEYED);
        r.setHash(hash(r, key));
        r.insert();
        return seq;
    }

    /** Appends an entry in a transaction of its own and syncs it to disk. */
    public void record(TillStore store, UUID actor, UUID approver, AuditAction action, String subject, String detail) {
        store.dsl().transaction(cfg -> append(DSL.using(cfg), actor, approver, action, subject, detail));
        store.syncToDisk();
    }

    /**
     * Verifies the chain at start: when it is broken, says so in the log and in the audit log itself
     * ({@code AUDIT_CHAIN_BROKEN}) and returns the first broken seq; the till still sells.
     */
    public OptionalLong checkAtStart(TillStore store) {
        OptionalLong broken = verify(store.dsl());
        if (broken.isPresent()) {
            LOG.log(System.Logger.Level.ERROR,
                    "The audit chain is broken at entry {0}: the audit log was changed outside"
                            + " the till. The till keeps selling; tell the store owner.",
                    broken.getAsLong());
            record(store, null, null, AuditAction.AUDIT_CHAIN_BROKEN, Long.toString(broken.getAsLong()),
                    "found at start");
        }
        return broken;
    }

    /**
     * The sequence number of the first entry whose chain is broken (or where entries are missing:
     * one past the last entry when a sale's entry is gone), or empty if the log is intact.
     */
    public static OptionalLong verify(DSLContext dsl) {
        byte[] key = key(dsl);
        String prev = GENESIS;
        long expectedSeq = 1;
        boolean keyed = false;
        try (var cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchLazy()) {
            for (AuditLogRecord r : cursor) {
                boolean legacyAllowed = !keyed && r.getScheme() == LEGACY;
                boolean keyedOk = key != null && r.getScheme() == KEYED;
                if (r.getSeq() != expectedSeq || !r.getPrevHash().equals(prev) || !(legacyAllowed || keyedOk)
                        || !r.getHash().equals(hash(r, keyedOk ? key : null))) {
                    return OptionalLong.of(expectedSeq);
                }
                keyed |= r.getScheme() == KEYED;
                prev = r.getHash();
                expectedSeq++;
            }
        }
        Long saleHead = dsl.select(DSL.max(SALE.AUDIT_SEQ)).from(SALE).fetchOne(0, Long.class);
        if ((key != null && !keyed) || (saleHead != null && saleHead >= expectedSeq)) {
            return OptionalLong.of(expectedSeq);
        }
        return OptionalLong.empty();
    }

    /** The till's audit key, which also signs its Z reports; null before {@link #ensureKey}. */
    static byte[] keyOf(DSLContext dsl) {
        return key(dsl);
    }

    private static byte[] key(DSLContext dsl) {
        String hex = dsl.select(STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.eq(KEY_SETTING)).fetchOne(STORE_SETTING.SETTING_VALUE);
        return hex == null ? null : HexFormat.of().parseHex(hex);
    }

    /** The entry's hash under its scheme: keyed over length-prefixed fields, or the legacy '|' join. */
    static String hash(AuditLogRecord r, byte[] key) {
        try {
            if (r.getScheme() == LEGACY) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(legacyMaterial(r)));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(material(r)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each field as its UTF-8 length (or -1 for none) followed by its bytes: no two field lists encode alike. */
    static byte[] material(AuditLogRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(r.getScheme());
            for (Object field : new Object[]{r.getPrevHash(), r.getSeq(), r.getId(),
                    r.getAt().toInstant().toEpochMilli(),
                    r.getTerminalCode(), r.getActorId(), r.getApproverId(), r.getAction(), r.getSubject(),
                    r.getDetail()}) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    byte[] b = field.toString().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] legacyMaterial(AuditLogRecord r) {
        return String.join("|", r.getPrevHash(), Long.toString(r.getSeq()), r.getId().toString(),
                Long.toString(r.getAt().toInstant().toEpochMilli()), r.getTerminalCode(),
                Objects.toString(r.getActorId(), ""),
                Objects.toString(r.getApproverId(), ""), r.getAction(), Objects.toString(r.getSubject(), ""),
                Objects.toString(r.getDetail(), "")).getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
