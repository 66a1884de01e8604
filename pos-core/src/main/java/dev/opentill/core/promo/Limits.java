package dev.opentill.core.promo;

/**
 * How much a promotion may give. The till enforces {@code usesPerTicket} (bundles or groups for
 * bundle rewards, pieces for per-item rewards; 0 = no limit) and {@code capMinor} (the most one
 * ticket saves; 0 = no cap). {@code perMemberPerDay}, {@code budgetMinor} and {@code totalUses} are
 * kept at the centre, which alone sees every till: it ends the promotion on the feed when spent.
 */
public record Limits(int usesPerTicket, long capMinor, int perMemberPerDay, long budgetMinor, long totalUses) {
    public static final Limits NONE = new Limits(0, 0, 0, 0, 0);

    String problem() {
        if (usesPerTicket < 0 || capMinor < 0 || perMemberPerDay < 0 || budgetMinor < 0 || totalUses < 0) {
            return "limits cannot be negative";
        }
        return null;
    }
}
