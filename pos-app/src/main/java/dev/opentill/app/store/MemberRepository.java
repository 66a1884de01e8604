package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.MEMBER;

import dev.opentill.core.member.MemberInfo;
import dev.opentill.sync.LedgerView;
import java.util.Optional;
import org.jooq.DSLContext;

/** The members this till knows, from the centre's feed, with their points as the till sees them. */
public final class MemberRepository {
    private final DSLContext dsl;

    public MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The card number of the member with this card number or phone, if any. */
    public Optional<String> cardOf(String cardOrPhone) {
        return dsl.select(MEMBER.CARD_NO).from(MEMBER)
                .where(MEMBER.CARD_NO.eq(cardOrPhone).or(MEMBER.PHONE.eq(cardOrPhone)))
                .limit(1).fetchOptional(MEMBER.CARD_NO);
    }

    /** Name, tier and points: the centre's last balance plus this till's entries it has not counted yet. */
    public Optional<MemberInfo> info(String cardNo) {
        return dsl.selectFrom(MEMBER).where(MEMBER.CARD_NO.eq(cardNo)).fetchOptional()
                .map(m -> new MemberInfo(m.getCardNo(), m.getName(), m.getTier(),
                        LedgerView.pointsBalance(dsl, m.getCardNo())));
    }
}
