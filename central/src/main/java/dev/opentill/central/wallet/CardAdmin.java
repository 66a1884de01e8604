package dev.opentill.central.wallet;

import static dev.opentill.central.jooq.Tables.STORED_VALUE_BONUS;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_CARD;
import static dev.opentill.central.jooq.Tables.STORED_VALUE_POLICY;

import dev.opentill.central.error.CentralException;
import dev.opentill.central.jooq.tables.records.StoredValuePolicyRecord;
import dev.opentill.core.wallet.TopUpBonus;
import dev.opentill.core.wallet.WalletProtocol.CardAnswer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** The back office's side of stored-value cards: the chain's limits and bonus tiers, and issuing cards. */
public final class CardAdmin {
    /** A card to issue: named cards belong to a member; the offline allowance defaults to the chain's. */
    public record CardRow(String cardNo, boolean named, String memberCard, Long offlineAllowanceMinor) {
    }

    /** The chain's rules: card limits (named, anonymous), the default offline allowance and the bonus tiers. */
    public record Policy(long namedLimitMinor, long anonymousLimitMinor, long offlineAllowanceMinor,
            List<TopUpBonus.Tier> bonuses) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public CardAdmin(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Policy policy() {
        StoredValuePolicyRecord p = Cards.policy(dsl);
        return new Policy(p.getNamedLimitMinor(), p.getAnonymousLimitMinor(), p.getOfflineAllowanceMinor(),
                Cards.bonus(dsl).tiers());
    }

    /** Replaces the chain's rules; cards already issued keep their offline allowance. */
    public Policy setPolicy(Policy p) {
        List<TopUpBonus.Tier> bonuses = p.bonuses() == null ? List.of() : p.bonuses();
        if (p.namedLimitMinor() <= 0 || p.anonymousLimitMinor() <= 0 || p.namedLimitMinor() > Cards.MAX_AMOUNT
                || p.anonymousLimitMinor() > Cards.MAX_AMOUNT) {
            throw CentralException.malformed("Card limits are above zero and at most " + Cards.MAX_AMOUNT);
        }
        allowance(p.offlineAllowanceMinor(), Math.min(p.namedLimitMinor(), p.anonymousLimitMinor()));
        String problem = TopUpBonus.problem(bonuses);
        if (problem != null) {
            throw CentralException.malformed("Bonus " + problem);
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(STORED_VALUE_POLICY).set(STORED_VALUE_POLICY.NAMED_LIMIT_MINOR, p.namedLimitMinor())
                    .set(STORED_VALUE_POLICY.ANONYMOUS_LIMIT_MINOR, p.anonymousLimitMinor())
                    .set(STORED_VALUE_POLICY.OFFLINE_ALLOWANCE_MINOR, p.offlineAllowanceMinor())
                    .set(STORED_VALUE_POLICY.UPDATED_AT, now()).where(STORED_VALUE_POLICY.ID.eq(1)).execute();
            tx.deleteFrom(STORED_VALUE_BONUS).execute();
            for (TopUpBonus.Tier t : bonuses) {
                tx.insertInto(STORED_VALUE_BONUS).set(STORED_VALUE_BONUS.THRESHOLD_MINOR, t.thresholdMinor())
                        .set(STORED_VALUE_BONUS.BONUS_MINOR, t.bonusMinor()).execute();
            }
        });
        return policy();
    }

    /** Issues an active card with nothing on it; its first money is a top-up at a till. */
    public CardAnswer issue(CardRow row) {
        String cardNo = Cards.cardNo(row.cardNo());
        if (row.named() && (row.memberCard() == null || row.memberCard().isBlank())) {
            throw CentralException.malformed("A named card names its member's card (memberCard)");
        }
        if (row.memberCard() != null && row.memberCard().length() > 32) {
            throw CentralException.malformed("A member card number is at most 32 characters");
        }
        StoredValuePolicyRecord p = Cards.policy(dsl);
        long allowance = row.offlineAllowanceMinor() == null
                ? p.getOfflineAllowanceMinor()
                : row.offlineAllowanceMinor();
        allowance(allowance, Cards.limit(p, row.named()));
        if (dsl.fetchExists(STORED_VALUE_CARD, STORED_VALUE_CARD.CARD_NO.eq(cardNo))) {
            throw CentralException.conflict("Card " + cardNo + " is issued already");
        }
        dsl.insertInto(STORED_VALUE_CARD).set(STORED_VALUE_CARD.ID, UUID.randomUUID())
                .set(STORED_VALUE_CARD.CARD_NO, cardNo).set(STORED_VALUE_CARD.MEMBER_CARD, row.memberCard())
                .set(STORED_VALUE_CARD.NAMED, row.named()).set(STORED_VALUE_CARD.ACTIVE, true)
                .set(STORED_VALUE_CARD.BALANCE_MINOR, 0L).set(STORED_VALUE_CARD.HELD_MINOR, 0L)
                .set(STORED_VALUE_CARD.OFFLINE_ALLOWANCE_MINOR, allowance)
                .set(STORED_VALUE_CARD.ISSUED_AT, now()).execute();
        return Cards.answer(dsl, dsl.selectFrom(STORED_VALUE_CARD).where(STORED_VALUE_CARD.CARD_NO.eq(cardNo))
                .fetchSingle());
    }

    private static void allowance(long allowance, long limit) {
        if (allowance < 0 || allowance > limit) {
            throw CentralException.malformed("An offline allowance is from zero up to the card's limit (" + limit
                    + ")");
        }
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
