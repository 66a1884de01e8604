package dev.opentill.app.ui.common;

import dev.opentill.core.money.Money;
import java.math.BigDecimal;

/** Display text for amounts and quantities, the same in every language the till speaks. */
public final class Formats {
    private Formats() {
    }

    /** "¥12.50" for CNY, "-¥3.00" for a refund; other currencies with their code. */
    public static String money(Money m) {
        if (m == null) {
            return "";
        }
        String symbol = "CNY".equals(m.currency().getCurrencyCode()) ? "¥" : m.currency().getCurrencyCode() + " ";
        return (m.isNegative() ? "-" : "") + symbol + m.abs().toPlainString();
    }

    /** Pieces as a whole number ("2"), weighed goods in kilograms ("0.356 kg"); refunds negative. */
    public static String quantity(long quantityMilli, boolean weighed) {
        if (weighed) {
            return BigDecimal.valueOf(quantityMilli, 3).toPlainString() + " kg";
        }
        return quantityMilli % 1000 == 0
                ? Long.toString(quantityMilli / 1000)
                : BigDecimal.valueOf(quantityMilli, 3).stripTrailingZeros().toPlainString();
    }
}
