package dev.opentill.app.ui.common;

import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.List;

/**
 * A message for the cashier as a resource-bundle key and its arguments; the view translates it.
 * View-models hand these out so their tests need no bundle and no locale.
 */
public record UiText(String key, List<Object> args) {
    public UiText {
        args = List.copyOf(args);
    }

    public static UiText of(String key, Object... args) {
        return new UiText(key, List.of(args));
    }

    /** The cashier's message for a failure: {@code error.<SaleError>} for refusals, a generic one otherwise. */
    public static UiText ofFailure(Throwable failure) {
        if (failure instanceof SaleException se) {
            if (se.error() == SaleError.TENDER_NOT_ACCEPTED && !se.args().isEmpty()) {
                // The argument is a tender type's code: shown by its name in the cashier's language.
                return of("error." + se.error().name(), of("tender.type." + se.args().get(0)));
            }
            if (se.error() == SaleError.STORED_VALUE_REFUSED && se.args().size() == 2) {
                // The first argument is the refusal's code: each has its own message.
                return of("error." + se.error().name() + "." + se.args().get(0), se.args().get(1));
            }
            return new UiText("error." + se.error().name(), se.args());
        }
        return of("error.unexpected", String.valueOf(failure.getMessage()));
    }
}
