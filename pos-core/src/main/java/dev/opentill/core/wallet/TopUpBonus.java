package dev.opentill.core.wallet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The chain's top-up bonus tiers (top up 100, get 20; top up 500, get 150): a top-up earns the
 * bonus of the highest tier it reaches, once. Tiers are not repeated (a top-up of 300 under
 * "100 get 20" earns 20, not 60): a chain that wants that names a tier at 300.
 */
public final class TopUpBonus {
    /** One tier: a top-up of at least {@code thresholdMinor} earns {@code bonusMinor}. */
    public record Tier(long thresholdMinor, long bonusMinor) {
    }

    private final List<Tier> tiers;

    private TopUpBonus(List<Tier> tiers) {
        this.tiers = tiers;
    }

    /** The tiers, checked: positive thresholds, bonuses from zero up to the threshold, no threshold twice. */
    public static TopUpBonus of(List<Tier> tiers) {
        String problem = problem(tiers);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparingLong(Tier::thresholdMinor));
        return new TopUpBonus(List.copyOf(sorted));
    }

    /** Why these tiers cannot be used, or null. */
    public static String problem(List<Tier> tiers) {
        if (tiers.size() > 100) {
            return "at most 100 bonus tiers";
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.thresholdMinor() <= 0) {
                return "tier " + (i + 1) + ": the threshold must be above zero";
            }
            if (t.bonusMinor() < 0 || t.bonusMinor() > t.thresholdMinor()) {
                return "tier " + (i + 1) + ": the bonus must be from zero up to the threshold";
            }
            for (int j = 0; j < i; j++) {
                if (tiers.get(j).thresholdMinor() == t.thresholdMinor()) {
                    return "tier " + (i + 1) + ": the threshold " + t.thresholdMinor() + " is named twice";
                }
            }
        }
        return null;
    }

    public List<Tier> tiers() {
        return tiers;
    }

    /** The bonus a top-up of {@code amountMinor} earns: the highest tier reached, or zero. */
    public long bonusFor(long amountMinor) {
        long bonus = 0;
        for (Tier t : tiers) {
            if (amountMinor >= t.thresholdMinor()) {
                bonus = t.bonusMinor();
            }
        }
        return bonus;
    }
}
