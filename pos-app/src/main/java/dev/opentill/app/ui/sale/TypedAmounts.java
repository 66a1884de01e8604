package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.function.Consumer;

/** What the cashier typed before a function key, read as a quantity, an amount or a discount; null and a message when it is none. */
final class TypedAmounts {
    private TypedAmounts() {
    }

    /** "2" or "0.5" as thousandths. */
    static Long quantity(String text, Consumer<UiText> refused) {
        try {
            BigDecimal q = new BigDecimal(text);
            return q.movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            refused.accept(UiText.of("error.quantity_invalid", text));
            return null;
        }
    }

    static Money money(String text, Currency currency, Consumer<UiText> refused) {
        try {
            return Money.parse(text, currency);
        } catch (RuntimeException e) {
            refused.accept(UiText.of("error.amount_invalid", text));
            return null;
        }
    }

    /** "2.50" is an amount; "10%" is ten per cent of {@code base}. */
    static Money discount(String text, Money base, Consumer<UiText> refused) {
        if (text.endsWith("%")) {
            try {
                BigDecimal pct = new BigDecimal(text.substring(0, text.length() - 1).strip());
                long bp = pct.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
                return base.times(bp, 10_000, RoundingMode.HALF_UP);
            } catch (NumberFormatException | ArithmeticException e) {
                refused.accept(UiText.of("error.amount_invalid", text));
                return null;
            }
        }
        return money(text, base.currency(), refused);
    }
}
