package dev.opentill.app.testing;

import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;

/** Which refusal a till action ended in, for tests that check several in a row. */
public final class SaleErrors {
    private SaleErrors() {
    }

    /** The error {@code action} was refused with, or null when it went through. */
    public static SaleError errorOf(Runnable action) {
        try {
            action.run();
        } catch (SaleException e) {
            return e.error();
        }
        return null;
    }
}
