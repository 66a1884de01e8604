package dev.opentill.core.member;

/**
 * A member as the till shows them: name, tier and points (the centre's last balance plus this
 * till's sales it has not counted yet).
 */
public record MemberInfo(String cardNo, String name, String tier, long points) {
}
