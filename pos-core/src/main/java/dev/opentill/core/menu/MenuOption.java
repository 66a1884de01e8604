package dev.opentill.core.menu;

import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.money.Money;
import java.util.Locale;

/**
 * One option of a group: its bilingual names, its price difference on one unit (up, down or
 * zero), whether it is preselected, how it stacks, and the stock item it consumes, if any.
 */
public record MenuOption(
        String code, String nameZh, String nameEn, Money priceDelta, boolean byDefault, Stacking stacking,
        String stockSku) {

    public MenuOption {
        if (code == null || code.isBlank() || priceDelta == null || stacking == null) {
            throw new IllegalArgumentException("Option needs a code, a price difference and a stacking rule");
        }
    }

    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, code);
    }
}
