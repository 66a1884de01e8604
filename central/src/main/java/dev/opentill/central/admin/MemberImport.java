package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.CHUNK;
import static dev.opentill.central.admin.ImportRules.require;
import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;

import dev.opentill.central.admin.ImportRecords.MemberRow;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Member imports by card number, streamed in chunks, all or nothing with their change log entries. */
public final class MemberImport {
    private final DSLContext dsl;
    private final Clock clock;

    public MemberImport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Creates or updates members by card; a new member's balance starts from the ledger. */
    public int members(Iterator<MemberRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // The feed lock first: no publisher folds points while a new member's balance is summed.
            ChangeLogWriter.lock(tx);
            int total = 0;
            // Card numbers are short: a million of them is a few tens of megabytes.
            Set<String> cards = new HashSet<>();
            while (rows.hasNext()) {
                List<MemberRow> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    MemberRow r = rows.next();
                    require(r.cardNo() != null && r.name() != null && r.tier() != null,
                            "member " + r.cardNo() + " needs a card number, name and tier");
                    require(r.cardNo().length() <= 32 && r.name().length() <= 100 && r.tier().length() <= 20
                            && (r.phone() == null || r.phone().length() <= 20),
                            "member " + r.cardNo() + ": card at most 32, name 100, tier 20 and phone 20 characters");
                    require(cards.add(r.cardNo()), "member card " + r.cardNo() + " appears twice in this import");
                    chunk.add(r);
                }
                total += memberChunk(tx, chunk);
            }
            return total;
        });
    }

    /**
     * One chunk of members: existing ones looked up and new ones' published points summed with one
     * query each, then the inserts and updates sent as two batches.
     */
    private int memberChunk(DSLContext tx, List<MemberRow> chunk) {
        OffsetDateTime now = now();
        Map<String, MemberRow> byCard = new LinkedHashMap<>();
        chunk.forEach(r -> byCard.put(r.cardNo(), r));
        Map<String, UUID> ids = new HashMap<>(tx.select(MEMBER.CARD_NO, MEMBER.ID).from(MEMBER)
                .where(MEMBER.CARD_NO.in(byCard.keySet())).fetchMap(MEMBER.CARD_NO, MEMBER.ID));
        List<String> fresh = byCard.keySet().stream().filter(c -> !ids.containsKey(c)).toList();
        // A new member starts from the points the publisher has already counted for the card.
        Map<String, Long> published = new HashMap<>();
        if (!fresh.isEmpty()) {
            tx.select(POINTS_LEDGER.MEMBER_CARD, DSL.sum(POINTS_LEDGER.DELTA)).from(POINTS_LEDGER)
                    .where(POINTS_LEDGER.MEMBER_CARD.in(fresh))
                    .andNotExists(DSL.selectOne().from(LEDGER_BATCH).where(LEDGER_BATCH.ID.eq(POINTS_LEDGER.BATCH_ID)))
                    .groupBy(POINTS_LEDGER.MEMBER_CARD)
                    .forEach(r -> published.put(r.value1(), r.value2().longValue()));
        }
        BatchBindStep inserts = tx.batch(tx.insertInto(MEMBER, MEMBER.ID, MEMBER.CARD_NO, MEMBER.PHONE, MEMBER.NAME,
                MEMBER.TIER, MEMBER.POINTS_BALANCE, MEMBER.BALANCE_AS_OF, MEMBER.UPDATED_AT)
                .values((UUID) null, null, null, null, null, 0L, null, null));
        BatchBindStep updates = tx.batch(tx.update(MEMBER).set(MEMBER.PHONE, (String) null)
                .set(MEMBER.NAME, (String) null).set(MEMBER.TIER, (String) null)
                .set(MEMBER.UPDATED_AT, (OffsetDateTime) null).where(MEMBER.ID.eq((UUID) null)));
        List<Change> changes = new ArrayList<>();
        for (MemberRow r : byCard.values()) {
            UUID id = ids.get(r.cardNo());
            if (id == null) {
                id = UuidV7.next();
                inserts.bind(id, r.cardNo(), r.phone(), r.name(), r.tier(), published.getOrDefault(r.cardNo(), 0L), now,
                        now);
            } else {
                updates.bind(r.phone(), r.name(), r.tier(), now, id);
            }
            changes.add(new Change(null, FeedRecords.MEMBER, id.toString()));
        }
        if (!fresh.isEmpty()) {
            inserts.execute();
        }
        if (fresh.size() < byCard.size()) {
            updates.execute();
        }
        ChangeLogWriter.append(tx, changes, now);
        return chunk.size();
    }

    private OffsetDateTime now() {
        return ImportRules.now(clock);
    }
}
