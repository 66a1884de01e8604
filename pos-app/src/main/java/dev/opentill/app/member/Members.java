package dev.opentill.app.member;

import dev.opentill.core.member.MemberInfo;
import dev.opentill.core.sale.Ticket;
import java.util.Optional;

/** Members at the till: putting one on the ticket, and what the store knows of them. */
public interface Members {

    /** Puts the member with this card number or phone on the open ticket. */
    Ticket attachMember(String cardOrPhone);

    /** Name, tier and points (the centre's last balance plus this till's sales it has not counted yet). */
    Optional<MemberInfo> member(String cardNo);
}
