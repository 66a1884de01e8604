package dev.opentill.app.member;

import dev.opentill.app.store.MemberRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.member.MemberInfo;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import java.util.Optional;

/** {@link Members} over the members the centre sent down. */
public final class MemberService implements Members {
    private final OpenTicket ticket;
    private final MemberRepository members;

    public MemberService(OpenTicket ticket, MemberRepository members) {
        this.ticket = ticket;
        this.members = members;
    }

    @Override
    public Ticket attachMember(String cardOrPhone) {
        String key = cardOrPhone == null ? "" : cardOrPhone.strip();
        String card = members.cardOf(key)
                .orElseThrow(
                        () -> new SaleException(SaleError.MEMBER_UNKNOWN, "No member with card or phone " + key, key));
        return ticket.change(t -> t.withMember(card));
    }

    @Override
    public Optional<MemberInfo> member(String cardNo) {
        return members.info(cardNo);
    }
}
