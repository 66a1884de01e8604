package dev.opentill.core.sale;

import dev.opentill.core.money.Money;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a made-to-order line was made of: the product's own price, the options chosen (see
 * {@code menu.OptionPricer}, which validates them against the product's option groups) and, for
 * a line that is one slot of a combo, the combo it belongs to.
 */
public record LineOptions(Money basePrice, List<ChosenOption> chosen, ComboRef combo) {
    public LineOptions {
        if (basePrice == null) {
            throw new IllegalArgumentException("Line options need the product's base price");
        }
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }

    /** The sum of the chosen options' price differences for one unit (may be negative). */
    public Money optionsDelta() {
        Money d = Money.zero(basePrice.currency());
        for (ChosenOption o : chosen) {
            d = d.plus(o.delta());
        }
        return d;
    }

    /** The price of one unit sold alone: base price plus the options. */
    public Money listPrice() {
        return basePrice.plus(optionsDelta());
    }

    public LineOptions inCombo(ComboRef ref) {
        return new LineOptions(basePrice, chosen, ref);
    }

    /** The options as one short line for a receipt, a label or the ticket ("Large / Less sugar / Pearls x2"). */
    public String summary(Locale locale) {
        return chosen.stream().map(o -> o.displayName(locale)).collect(Collectors.joining(" / "));
    }
}
