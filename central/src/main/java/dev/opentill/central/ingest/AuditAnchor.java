package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.TERMINAL;

import dev.opentill.core.sync.SyncProtocol.AuditHead;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors each till's audit chain at the centre. The till can recompute its own chain (its key is
 * on the till), but not what the centre saw: the centre keeps the highest head a terminal reported,
 * and raises a lasting alarm when a later push shows a shorter chain, another hash at the same
 * seq, or another hash at the anchored seq. A till never clears the alarm.
 */
final class AuditAnchor {
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);
    private static final int HASH_LENGTH = 64;

    private AuditAnchor() {
    }

    /**
     * Checks and records {@code head} for the terminal inside the caller's transaction {@code tx};
     * returns the anchor seq to name in the answer.
     */
    static Long record(DSLContext tx, UUID terminalId, AuditHead head, Instant now) {
        if (head == null || head.seq() <= 0 || !wellFormed(head.hash())) {
            return tx.select(TERMINAL.AUDIT_HEAD_SEQ).from(TERMINAL).where(TERMINAL.ID.eq(terminalId))
                    .fetchOne(TERMINAL.AUDIT_HEAD_SEQ);
        }
        var t = tx.select(TERMINAL.AUDIT_HEAD_SEQ, TERMINAL.AUDIT_HEAD_HASH, TERMINAL.AUDIT_ALARM).from(TERMINAL)
                .where(TERMINAL.ID.eq(terminalId)).forUpdate().fetchOne();
        if (t == null) {
            return null;
        }
        Long seq = t.value1();
        String hash = t.value2();
        String alarm = seq == null ? null : mismatch(seq, hash, head);
        if (alarm != null) {
            if (t.value3() == null) {
                LOG.warn("Terminal {}: {}", terminalId, alarm);
                tx.update(TERMINAL).set(TERMINAL.AUDIT_ALARM, alarm)
                        .set(TERMINAL.AUDIT_ALARM_AT, now.atOffset(ZoneOffset.UTC))
                        .where(TERMINAL.ID.eq(terminalId)).execute();
            }
            return seq;
        }
        if (seq == null || head.seq() > seq) {
            tx.update(TERMINAL).set(TERMINAL.AUDIT_HEAD_SEQ, head.seq()).set(TERMINAL.AUDIT_HEAD_HASH, head.hash())
                    .where(TERMINAL.ID.eq(terminalId)).execute();
            return head.seq();
        }
        return seq;
    }

    /** Why {@code head} cannot follow the anchored ({@code seq}, {@code hash}), or null if it can. */
    static String mismatch(long seq, String hash, AuditHead head) {
        if (head.seq() < seq) {
            return "audit chain went back from entry " + seq + " to " + head.seq();
        }
        if (head.seq() == seq && !head.hash().equals(hash)) {
            return "audit entry " + seq + " was rewritten";
        }
        if (head.anchorSeq() != null && head.anchorSeq() == seq && !hash.equals(head.anchorHash())) {
            return head.anchorHash() == null
                    ? "audit entry " + seq + " is gone"
                    : "audit entry " + seq + " was rewritten";
        }
        return null;
    }

    private static boolean wellFormed(String hash) {
        return hash != null && hash.length() == HASH_LENGTH && hash.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
