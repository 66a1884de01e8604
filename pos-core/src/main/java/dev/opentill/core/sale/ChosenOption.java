package dev.opentill.core.sale;

import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.money.Money;
import java.util.Locale;

/**
 * One option chosen on a line (a size, a sugar level, a topping taken {@code count} times), with
 * the price difference of one of it as the menu said when it was chosen, and the stock item it
 * consumes when it has one.
 */
public record ChosenOption(
        String groupCode, String optionCode, String nameZh, String nameEn, int count, Money unitDelta,
        String stockSku) {

    public ChosenOption {
        if (groupCode == null || optionCode == null || unitDelta == null) {
            throw new IllegalArgumentException("Chosen option needs group, option and price difference");
        }
        if (count < 1) {
            throw new IllegalArgumentException("Chosen option count must be at least 1: " + count);
        }
    }

    /** The price difference of this option on one unit of the line. */
    public Money delta() {
        return unitDelta.times(count);
    }

    public String displayName(Locale locale) {
        String name = LocalName.pick(locale, nameZh, nameEn, optionCode);
        return count > 1 ? name + " x" + count : name;
    }
}
