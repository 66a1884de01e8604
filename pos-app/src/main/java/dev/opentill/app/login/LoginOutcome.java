package dev.opentill.app.login;

import dev.opentill.core.staff.Cashier;
import java.time.Instant;

/** What a login attempt came to. Unknown codes and wrong PINs look alike to the cashier on purpose. */
public sealed interface LoginOutcome {

    record SignedIn(Cashier cashier) implements LoginOutcome {
    }

    /** Wrong PIN; {@code attemptsLeft} before the cashier is locked out. */
    record WrongPin(int attemptsLeft) implements LoginOutcome {
    }

    record LockedOut(Instant until) implements LoginOutcome {
    }

    record UnknownCashier() implements LoginOutcome {
    }

    /** The PIN was right but temporary (new, or reset): the person chooses their own before signing in. */
    record MustChangePin(Cashier cashier) implements LoginOutcome {
    }
}
