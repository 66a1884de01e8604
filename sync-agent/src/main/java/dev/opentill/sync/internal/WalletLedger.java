package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.store.jooq.Tables.STORED_VALUE_PENDING;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The till's side of stored-value cards (till schema V15): what the centre last said of each card
 * it saw, and every movement the centre has not confirmed yet, keyed by the tender's id.
 */
public final class WalletLedger {
    /** What a pending movement is, and whether it is reported to the centre. */
    public enum Kind {
        /** Held at the centre, not yet captured; not reported (the centre knows it). */
        HELD(false, false),
        /** Taken offline from the allowance, the sale not yet complete. */
        OFFLINE_HOLD(false, true),
        /** Spent offline: reported as an offline spend. */
        OFFLINE(true, true),
        /** Held at the centre, the capture's answer lost: reported as an offline spend, which captures it. */
        CAPTURE(true, false),
        /** A hold to give back whose answer was lost. */
        RELEASE(true, false),
        /** Money back to a card the centre has not confirmed. */
        REFUND(true, false);

        private final boolean reported;
        private final boolean offline;

        Kind(boolean reported, boolean offline) {
            this.reported = reported;
            this.offline = offline;
        }
    }

    /** What the centre last said: free to spend and the offline allowance. */
    public record CachedCard(String cardNo, long availableMinor, long offlineAllowanceMinor) {
    }

    public record Pending(UUID tenderId, String cardNo, Kind kind, long amountMinor, UUID originalId,
            Instant createdAt) {
    }

    private final DSLContext dsl;

    public WalletLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void remember(String cardNo, long availableMinor, long allowanceMinor, Instant at) {
        dsl.mergeInto(STORED_VALUE_CARD)
                .columns(STORED_VALUE_CARD.CARD_NO, STORED_VALUE_CARD.BALANCE_MINOR,
                        STORED_VALUE_CARD.OFFLINE_ALLOWANCE_MINOR, STORED_VALUE_CARD.SEEN_AT)
                .key(STORED_VALUE_CARD.CARD_NO)
                .values(cardNo, availableMinor, allowanceMinor, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<CachedCard> card(String cardNo) {
        return dsl.selectFrom(STORED_VALUE_CARD).where(STORED_VALUE_CARD.CARD_NO.eq(cardNo)).fetchOptional()
                .map(r -> new CachedCard(r.getCardNo(), r.getBalanceMinor(), r.getOfflineAllowanceMinor()));
    }

    /** What this till has taken from the card offline and not yet reported. */
    public long offlineUse(String cardNo) {
        List<String> kinds = Arrays.stream(Kind.values()).filter(k -> k.offline).map(Kind::name).toList();
        BigDecimal sum = dsl.select(DSL.coalesce(DSL.sum(STORED_VALUE_PENDING.AMOUNT_MINOR), BigDecimal.ZERO))
                .from(STORED_VALUE_PENDING).where(STORED_VALUE_PENDING.CARD_NO.eq(cardNo)
                        .and(STORED_VALUE_PENDING.KIND.in(kinds)).and(STORED_VALUE_PENDING.REPORTED_AT.isNull()))
                .fetchSingle().value1();
        return sum.longValue();
    }

    public void add(Pending p) {
        dsl.insertInto(STORED_VALUE_PENDING).set(STORED_VALUE_PENDING.TENDER_ID, p.tenderId())
                .set(STORED_VALUE_PENDING.CARD_NO, p.cardNo()).set(STORED_VALUE_PENDING.KIND, p.kind().name())
                .set(STORED_VALUE_PENDING.AMOUNT_MINOR, p.amountMinor())
                .set(STORED_VALUE_PENDING.ORIGINAL_ID, p.originalId())
                .set(STORED_VALUE_PENDING.CREATED_AT, p.createdAt().atOffset(ZoneOffset.UTC)).execute();
    }

    public Optional<Pending> pending(UUID tenderId) {
        return dsl.selectFrom(STORED_VALUE_PENDING).where(STORED_VALUE_PENDING.TENDER_ID.eq(tenderId))
                .fetchOptional().map(r -> new Pending(r.getTenderId(), r.getCardNo(), Kind.valueOf(r.getKind()),
                        r.getAmountMinor(), r.getOriginalId(), r.getCreatedAt().toInstant()));
    }

    public void change(UUID tenderId, Kind kind) {
        dsl.update(STORED_VALUE_PENDING).set(STORED_VALUE_PENDING.KIND, kind.name())
                .where(STORED_VALUE_PENDING.TENDER_ID.eq(tenderId)).execute();
    }

    public void remove(UUID tenderId) {
        dsl.deleteFrom(STORED_VALUE_PENDING).where(STORED_VALUE_PENDING.TENDER_ID.eq(tenderId)).execute();
    }

    /** Movements to report, oldest first (so a spend reaches the centre before its refund). */
    public List<Pending> toReport(int limit) {
        List<String> kinds = Arrays.stream(Kind.values()).filter(k -> k.reported).map(Kind::name).toList();
        return dsl.selectFrom(STORED_VALUE_PENDING).where(STORED_VALUE_PENDING.KIND.in(kinds)
                .and(STORED_VALUE_PENDING.REPORTED_AT.isNull()))
                .orderBy(STORED_VALUE_PENDING.CREATED_AT, STORED_VALUE_PENDING.TENDER_ID).limit(limit)
                .fetch(r -> new Pending(r.getTenderId(), r.getCardNo(), Kind.valueOf(r.getKind()),
                        r.getAmountMinor(), r.getOriginalId(), r.getCreatedAt().toInstant()));
    }

    /** Forgets movements the centre confirmed before {@code before}, so the table stays bounded. */
    public int prune(Instant before) {
        return dsl.deleteFrom(STORED_VALUE_PENDING).where(STORED_VALUE_PENDING.REPORTED_AT.lt(before.atOffset(
                ZoneOffset.UTC))).execute();
    }

    public void reported(UUID tenderId, Instant at) {
        dsl.update(STORED_VALUE_PENDING).set(STORED_VALUE_PENDING.REPORTED_AT, at.atOffset(ZoneOffset.UTC))
                .where(STORED_VALUE_PENDING.TENDER_ID.eq(tenderId)).execute();
    }
}
