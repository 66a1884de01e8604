package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_HOLD;

import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.jooq.tables.records.StoredValueCardRecord;
import dev.opentill.central.jooq.tables.records.StoredValueHoldRecord;
import dev.opentill.central.wallet.Cards.Kind;
import dev.opentill.central.wallet.Cards.Movement;
import dev.opentill.core.wallet.WalletProtocol;
import dev.opentill.core.wallet.WalletProtocol.CardAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldRequest;
import dev.opentill.core.wallet.WalletProtocol.HoldStatus;
import dev.opentill.core.wallet.WalletProtocol.OfflineSpend;
import dev.opentill.core.wallet.WalletProtocol.RefundRequest;
import dev.opentill.core.wallet.WalletProtocol.TopUpAnswer;
import dev.opentill.core.wallet.WalletProtocol.TopUpRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The card ledger as the tills use it: holds, captures and releases keyed by the tender id, refunds,
 * offline spends and top-ups, each in one transaction that first locks the card. Every call is
 * idempotent by its id: a retry answers what the first attempt did and moves no money again. A
 * card is chain-wide (any store's till may spend it), but only the store that took a hold may
 * capture or release it.
 */
public final class StoredValue {
    private final DSLContext dsl;
    private final Clock clock;

    public StoredValue(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public CardAnswer card(String cardNo) {
        StoredValueCardRecord card = dsl.selectFrom(STORED_VALUE_CARD)
                .where(STORED_VALUE_CARD.CARD_NO.eq(Cards.cardNo(cardNo))).fetchOptional()
                .orElseThrow(
                        () -> Cards.refused(WalletProtocol.REFUSED_UNKNOWN_CARD, "No stored-value card " + cardNo));
        return Cards.answer(dsl, card);
    }

    /** Reserves the amount for the tender; the same tender asked again gets the same hold. */
    public HoldAnswer hold(TerminalIdentity who, HoldRequest r) {
        UUID tenderId = Cards.id(r.tenderId(), "tender");
        String cardNo = Cards.cardNo(r.cardNo());
        long amount = Cards.amount(r.amountMinor());
        return retried(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredValueCardRecord card = Cards.lock(tx, cardNo);
            StoredValueHoldRecord held = tx.selectFrom(STORED_VALUE_HOLD)
                    .where(STORED_VALUE_HOLD.TENDER_ID.eq(tenderId)).fetchOptional().orElse(null);
            if (held != null) {
                return same(held, card, amount);
            }
            Cards.active(card);
            long available = card.getBalanceMinor() - card.getHeldMinor();
            if (amount > available) {
                throw Cards.refused(WalletProtocol.REFUSED_INSUFFICIENT, "Card " + cardNo + " has " + available
                        + " fen free to spend, not " + amount);
            }
            card.setHeldMinor(card.getHeldMinor() + amount);
            card.store();
            StoredValueHoldRecord hold = tx.newRecord(STORED_VALUE_HOLD);
            hold.setTenderId(tenderId);
            hold.setCardId(card.getId());
            hold.setStoreId(who.storeId());
            hold.setTerminalId(who.terminalId());
            hold.setAmountMinor(amount);
            hold.setStatus(HoldStatus.HELD.name());
            hold.setHeldAt(now());
            hold.insert();
            return answer(hold, card);
        }), () -> hold(who, r));
    }

    /** Spends a held amount; a second capture of the same tender answers the first. */
    public HoldAnswer capture(TerminalIdentity who, UUID tenderId) {
        return settle(who, tenderId, HoldStatus.CAPTURED);
    }

    /** Gives a held amount back (the tender was taken off); releasing twice answers the first. */
    public HoldAnswer release(TerminalIdentity who, UUID tenderId) {
        return settle(who, tenderId, HoldStatus.RELEASED);
    }

    private HoldAnswer settle(TerminalIdentity who, UUID tenderId, HoldStatus to) {
        Cards.id(tenderId, "tender");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID cardId = tx.select(STORED_VALUE_HOLD.CARD_ID).from(STORED_VALUE_HOLD)
                    .where(STORED_VALUE_HOLD.TENDER_ID.eq(tenderId)).fetchOptional(STORED_VALUE_HOLD.CARD_ID)
                    .orElseThrow(() -> Cards.refused(WalletProtocol.REFUSED_NO_HOLD, "No hold for tender " + tenderId));
            StoredValueCardRecord card = Cards.lock(tx, cardId);
            StoredValueHoldRecord hold = tx.selectFrom(STORED_VALUE_HOLD)
                    .where(STORED_VALUE_HOLD.TENDER_ID.eq(tenderId)).fetchSingle();
            if (!hold.getStoreId().equals(who.storeId())) {
                throw CentralException.forbidden("The hold of tender " + tenderId + " belongs to another store");
            }
            HoldStatus status = HoldStatus.valueOf(hold.getStatus());
            if (status == to) {
                return answer(hold, card);
            }
            if (status != HoldStatus.HELD) {
                throw Cards.refused(WalletProtocol.REFUSED_STATE, "The hold of tender " + tenderId + " is "
                        + status.name().toLowerCase() + " already");
            }
            card.setHeldMinor(card.getHeldMinor() - hold.getAmountMinor());
            if (to == HoldStatus.CAPTURED) {
                Cards.move(tx, card, new Movement(Kind.CAPTURE, tenderId, null, -hold.getAmountMinor(), 0,
                        who.storeId(), who.terminalId()), now());
            } else {
                card.store();
            }
            hold.setStatus(to.name());
            hold.setSettledAt(now());
            hold.store();
            return answer(hold, card);
        });
    }

    /**
     * A spend the till took without the centre's answer. If the tender holds a hold (the answer to
     * a capture, or to the hold itself, was lost), this captures it; otherwise the card pays what
     * it holds and any shortfall is recorded for the reconciliation, never taken below zero.
     */
    public CardAnswer offlineSpend(TerminalIdentity who, OfflineSpend s) {
        UUID tenderId = Cards.id(s.tenderId(), "tender");
        String cardNo = Cards.cardNo(s.cardNo());
        long amount = Cards.amount(s.amountMinor());
        // A hold given back before this spend was reported (never in the till's own flow) does not
        // cover it: the spend is then taken as an offline spend like any other.
        boolean held = dsl.fetchExists(STORED_VALUE_HOLD, STORED_VALUE_HOLD.TENDER_ID.eq(tenderId)
                .and(STORED_VALUE_HOLD.STATUS.ne(HoldStatus.RELEASED.name())));
        if (held) {
            HoldAnswer captured = capture(who, tenderId);
            if (captured.amountMinor() != amount || !captured.cardNo().equals(cardNo)) {
                throw Cards.refused(WalletProtocol.REFUSED_ID_CLASH, "Tender " + tenderId
                        + " was held for another card or amount");
            }
            return card(cardNo);
        }
        return retried(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredValueCardRecord card = Cards.lock(tx, cardNo);
            if (!tx.fetchExists(STORED_VALUE_ENTRY, STORED_VALUE_ENTRY.KIND.eq(Kind.OFFLINE_SPEND.name())
                    .and(STORED_VALUE_ENTRY.REF_ID.eq(tenderId)))) {
                long take = Math.min(amount, Math.max(0, card.getBalanceMinor() - card.getHeldMinor()));
                Cards.move(tx, card, new Movement(Kind.OFFLINE_SPEND, tenderId, null, -take, amount - take,
                        who.storeId(), who.terminalId()), offlineAt(s));
            }
            return Cards.answer(tx, card);
        }), () -> offlineSpend(who, s));
    }

    /** Money back to the card for a return, at most what the original tender took less earlier refunds. */
    public CardAnswer refund(TerminalIdentity who, RefundRequest r) {
        UUID refundId = Cards.id(r.refundId(), "refund");
        UUID original = Cards.id(r.originalTenderId(), "original tender");
        String cardNo = Cards.cardNo(r.cardNo());
        long amount = Cards.amount(r.amountMinor());
        return retried(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredValueCardRecord card = Cards.lock(tx, cardNo);
            var e = STORED_VALUE_ENTRY;
            var done = tx.selectFrom(e).where(e.KIND.eq(Kind.REFUND.name()).and(e.REF_ID.eq(refundId)))
                    .fetchOptional();
            if (done.isPresent()) {
                if (done.get().getAmountMinor() != amount || !done.get().getCardId().equals(card.getId())) {
                    throw Cards.refused(WalletProtocol.REFUSED_ID_CLASH, "Refund " + refundId
                            + " was made for another card or amount");
                }
                return Cards.answer(tx, card);
            }
            long spent = -tx.select(DSL.coalesce(DSL.sum(e.AMOUNT_MINOR), BigDecimal.ZERO)).from(e)
                    .where(e.CARD_ID.eq(card.getId()).and(e.REF_ID.eq(original))
                            .and(e.KIND.in(Kind.CAPTURE.name(), Kind.OFFLINE_SPEND.name())))
                    .fetchSingle().value1().longValue();
            long refunded = tx.select(DSL.coalesce(DSL.sum(e.AMOUNT_MINOR), BigDecimal.ZERO)).from(e)
                    .where(e.KIND.eq(Kind.REFUND.name()).and(e.ORIGIN_ID.eq(original))).fetchSingle().value1()
                    .longValue();
            if (amount > spent - refunded) {
                throw Cards.refused(WalletProtocol.REFUSED_STATE, "Tender " + original + " took " + spent
                        + " fen from card " + cardNo + ", of which " + refunded + " were refunded: "
                        + amount + " cannot go back");
            }
            Cards.move(tx, card, new Movement(Kind.REFUND, refundId, original, amount, 0, who.storeId(),
                    who.terminalId()), now());
            return Cards.answer(tx, card);
        }), () -> refund(who, r));
    }

    /** Money onto the card with the chain's bonus, refused if the card would then hold more than its limit. */
    public TopUpAnswer topUp(TerminalIdentity who, TopUpRequest r) {
        UUID topUpId = Cards.id(r.topUpId(), "top-up");
        String cardNo = Cards.cardNo(r.cardNo());
        long amount = Cards.amount(r.amountMinor());
        return retried(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredValueCardRecord card = Cards.lock(tx, cardNo);
            var e = STORED_VALUE_ENTRY;
            var done = tx.selectFrom(e).where(e.REF_ID.eq(topUpId).and(e.KIND.in(Kind.TOP_UP.name(),
                    Kind.BONUS.name()))).fetch();
            if (done.isNotEmpty()) {
                long paid = done.stream().filter(x -> x.getKind().equals(Kind.TOP_UP.name()))
                        .mapToLong(x -> x.getAmountMinor()).sum();
                if (paid != amount || !done.get(0).getCardId().equals(card.getId())) {
                    throw Cards.refused(WalletProtocol.REFUSED_ID_CLASH, "Top-up " + topUpId
                            + " was made for another card or amount");
                }
                long bonus = done.stream().filter(x -> x.getKind().equals(Kind.BONUS.name()))
                        .mapToLong(x -> x.getAmountMinor()).sum();
                return new TopUpAnswer(topUpId, cardNo, amount, bonus, card.getBalanceMinor());
            }
            Cards.active(card);
            long bonus = Cards.bonus(tx).bonusFor(amount);
            long limit = Cards.limit(Cards.policy(tx), card.getNamed());
            if (card.getBalanceMinor() + amount + bonus > limit) {
                throw Cards.refused(WalletProtocol.REFUSED_OVER_LIMIT, "Card " + cardNo + " would hold "
                        + (card.getBalanceMinor() + amount + bonus) + " fen, over its limit of " + limit);
            }
            OffsetDateTime at = now();
            Cards.move(tx, card, new Movement(Kind.TOP_UP, topUpId, null, amount, 0, who.storeId(),
                    who.terminalId()), at);
            if (bonus > 0) {
                Cards.move(tx, card, new Movement(Kind.BONUS, topUpId, null, bonus, 0, who.storeId(),
                        who.terminalId()), at);
            }
            return new TopUpAnswer(topUpId, cardNo, amount, bonus, card.getBalanceMinor());
        }), () -> topUp(who, r));
    }

    /** The same tender asked to hold again: the same card and amount answer the hold, anything else clashes. */
    private static HoldAnswer same(StoredValueHoldRecord held, StoredValueCardRecord card, long amount) {
        if (!held.getCardId().equals(card.getId()) || held.getAmountMinor() != amount) {
            throw Cards.refused(WalletProtocol.REFUSED_ID_CLASH, "Tender " + held.getTenderId()
                    + " holds another card or amount already");
        }
        return answer(held, card);
    }

    private static HoldAnswer answer(StoredValueHoldRecord hold, StoredValueCardRecord card) {
        return new HoldAnswer(hold.getTenderId(), card.getCardNo(), HoldStatus.valueOf(hold.getStatus()),
                hold.getAmountMinor(), card.getBalanceMinor(), card.getBalanceMinor() - card.getHeldMinor(),
                card.getOfflineAllowanceMinor());
    }

    /**
     * Runs {@code once}; if a concurrent request with the same id committed first (a unique key hit),
     * runs {@code again}, which then finds what that request did.
     */
    private static <T> T retried(Supplier<T> once, Supplier<T> again) {
        try {
            return once.get();
        } catch (DataAccessException e) {
            if (e.sqlState() != null && e.sqlState().startsWith("23")) {
                return again.get();
            }
            throw e;
        }
    }

    private OffsetDateTime offlineAt(OfflineSpend s) {
        OffsetDateTime now = now();
        if (s.spentAt() == null) {
            return now;
        }
        OffsetDateTime at = s.spentAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return at.isAfter(now) || at.isBefore(now.minusDays(400)) ? now : at;
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
