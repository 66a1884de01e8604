package dev.opentill.core.staff;

import java.util.Optional;

/** What a PIN must be, wherever one is chosen (the centre's admin API, the till's PIN change). */
public final class PinRules {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;

    private PinRules() {
    }

    /** Why {@code pin} cannot be used, as a message key suffix ({@code too_short}, ...), or empty if it can. */
    public static Optional<String> problem(String pin) {
        if (pin == null || pin.length() < MIN_DIGITS) {
            return Optional.of("too_short");
        }
        if (pin.length() > MAX_DIGITS) {
            return Optional.of("too_long");
        }
        if (!pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("digits_only");
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of("all_same");
        }
        return Optional.empty();
    }
}
