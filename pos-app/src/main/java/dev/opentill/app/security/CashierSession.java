package dev.opentill.app.security;

import dev.opentill.core.staff.Cashier;
import java.util.Optional;

/** Who is selling at the till now; every action is attributed to them. */
public interface CashierSession {

    void signIn(Cashier cashier);

    void signOut();

    /** The signed-in cashier, if any. */
    Optional<Cashier> cashier();
}
