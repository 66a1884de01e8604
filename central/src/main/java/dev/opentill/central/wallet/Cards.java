package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORED_VALUE_BONUS;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_ENTRY;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_POLICY;

import dev.opentill.central.error.CentralException;
import dev.opentill.central.jooq.tables.records.StoredValueCardRecord;
import dev.opentill.central.jooq.tables.records.StoredValuePolicyRecord;
import dev.opentill.core.wallet.TopUpBonus;
import dev.opentill.core.wallet.WalletProtocol;
import dev.opentill.core.wallet.WalletProtocol.CardAnswer;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/** What the stored-value services share: checks of what a till sends, card locks, entries and answers. */
final class Cards {
    /** The most one movement may be (10 million yuan): far above any card's limit, far below overflow. */
    static final long MAX_AMOUNT = 1_000_000_000L;

    private Cards() {
    }

    static String cardNo(String cardNo) {
        if (cardNo == null || !cardNo.matches(WalletProtocol.CARD_NO_PATTERN)) {
            throw CentralException.malformed("A card number is 4 to " + WalletProtocol.MAX_CARD_NO
                    + " letters, digits or dashes");
        }
        return cardNo;
    }

    static long amount(long amountMinor) {
        if (amountMinor <= 0 || amountMinor > MAX_AMOUNT) {
            throw CentralException.malformed("An amount is above zero and at most " + MAX_AMOUNT + " fen");
        }
        return amountMinor;
    }

    static UUID id(UUID id, String what) {
        if (id == null) {
            throw CentralException.malformed("The " + what + " id is required");
        }
        return id;
    }

    static CentralException refused(String code, String message) {
        return new CentralException(CentralException.Reason.CONFLICT, code, message);
    }

    /** The card, locked for this transaction (every change of a card and its holds takes this lock first). */
    static StoredValueCardRecord lock(DSLContext tx, String cardNo) {
        return tx.selectFrom(STORED_VALUE_CARD).where(STORED_VALUE_CARD.CARD_NO.eq(cardNo)).forUpdate()
                .fetchOptional().orElseThrow(() -> refused(WalletProtocol.REFUSED_UNKNOWN_CARD,
                        "No stored-value card " + cardNo));
    }

    static StoredValueCardRecord lock(DSLContext tx, UUID cardId) {
        return tx.selectFrom(STORED_VALUE_CARD).where(STORED_VALUE_CARD.ID.eq(cardId)).forUpdate().fetchSingle();
    }

    static void active(StoredValueCardRecord card) {
        if (!card.getActive()) {
            throw refused(WalletProtocol.REFUSED_INACTIVE, "Card " + card.getCardNo() + " is not active");
        }
    }

    static StoredValuePolicyRecord policy(DSLContext dsl) {
        return dsl.selectFrom(STORED_VALUE_POLICY).where(STORED_VALUE_POLICY.ID.eq(1)).fetchSingle();
    }

    static TopUpBonus bonus(DSLContext dsl) {
        return TopUpBonus.of(dsl.selectFrom(STORED_VALUE_BONUS).fetch(
                r -> new TopUpBonus.Tier(r.getThresholdMinor(), r.getBonusMinor())));
    }

    static long limit(StoredValuePolicyRecord policy, boolean named) {
        return named ? policy.getNamedLimitMinor() : policy.getAnonymousLimitMinor();
    }

    /** Appends one movement and stores the card's new balance (both in the caller's transaction). */
    static void move(DSLContext tx, StoredValueCardRecord card, Movement m, OffsetDateTime at) {
        card.setBalanceMinor(card.getBalanceMinor() + m.amountMinor());
        card.store();
        tx.insertInto(STORED_VALUE_ENTRY).set(STORED_VALUE_ENTRY.ID, UUID.randomUUID())
                .set(STORED_VALUE_ENTRY.CARD_ID, card.getId()).set(STORED_VALUE_ENTRY.KIND, m.kind().name())
                .set(STORED_VALUE_ENTRY.REF_ID, m.refId()).set(STORED_VALUE_ENTRY.ORIGIN_ID, m.originId())
                .set(STORED_VALUE_ENTRY.AMOUNT_MINOR, m.amountMinor())
                .set(STORED_VALUE_ENTRY.SHORTFALL_MINOR, m.shortfallMinor())
                .set(STORED_VALUE_ENTRY.BALANCE_AFTER_MINOR, card.getBalanceMinor())
                .set(STORED_VALUE_ENTRY.STORE_ID, m.storeId()).set(STORED_VALUE_ENTRY.TERMINAL_ID, m.terminalId())
                .set(STORED_VALUE_ENTRY.CREATED_AT, at).execute();
    }

    static CardAnswer answer(DSLContext dsl, StoredValueCardRecord card) {
        return new CardAnswer(card.getCardNo(), card.getNamed(), card.getActive(), card.getBalanceMinor(),
                card.getBalanceMinor() - card.getHeldMinor(), limit(policy(dsl), card.getNamed()),
                card.getOfflineAllowanceMinor());
    }

    /** The kinds of stored_value_entry. */
    enum Kind {
        TOP_UP,
        BONUS,
        CAPTURE,
        REFUND,
        OFFLINE_SPEND
    }

    /** One signed movement of a card's money, keyed by (kind, refId). */
    record Movement(Kind kind, UUID refId, UUID originId, long amountMinor, long shortfallMinor, UUID storeId,
            UUID terminalId) {
    }
}
