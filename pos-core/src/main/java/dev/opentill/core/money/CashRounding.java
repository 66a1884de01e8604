package dev.opentill.core.money;

import java.math.RoundingMode;

/**
 * How a cash amount due is rounded when coins smaller than {@code stepMinor} are not used
 * (e.g. 10 fen, rounded down as many Chinese stores do). Only cash tenders are rounded.
 */
public record CashRounding(long stepMinor, RoundingMode mode) {
    public static final CashRounding NONE = new CashRounding(1, RoundingMode.UNNECESSARY);

    public CashRounding {
        if (stepMinor <= 0) {
            throw new IllegalArgumentException("Cash rounding step must be positive, was " + stepMinor);
        }
        if (mode == null) {
            throw new IllegalArgumentException("Cash rounding mode is required");
        }
    }

    public Money apply(Money due) {
        return stepMinor == 1 ? due : due.roundToStep(stepMinor, mode);
    }
}
