package dev.opentill.core.menu;

import dev.opentill.core.catalog.LocalName;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A group of options of a product (size, sugar, ice, toppings): the cashier makes between
 * {@code minChoices} and {@code maxChoices} choices in it, counting a stacked option once per
 * time it is taken. Its defaults must themselves obey the group's rules.
 */
public record OptionGroup(
        String code, String nameZh, String nameEn, int minChoices, int maxChoices, List<MenuOption> options) {

    public OptionGroup {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Option group needs a code");
        }
        options = List.copyOf(options);
        if (minChoices < 0 || maxChoices < 1 || minChoices > maxChoices) {
            throw new IllegalArgumentException(
                    "Group " + code + ": choices must satisfy 0 <= min <= max, 1 <= max; got " + minChoices + ".."
                            + maxChoices);
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Group " + code + " has no options");
        }
        Set<String> codes = new HashSet<>();
        for (MenuOption o : options) {
            if (!codes.add(o.code())) {
                throw new IllegalArgumentException("Group " + code + " has option " + o.code() + " twice");
            }
        }
        List<MenuOption> defaults = options.stream().filter(MenuOption::byDefault).toList();
        if (defaults.size() > maxChoices || defaults.size() > 1
                && defaults.stream().anyMatch(o -> o.stacking() == Stacking.EXCLUSIVE)) {
            throw new IllegalArgumentException("Group " + code + ": its defaults break its own rules");
        }
    }

    public MenuOption option(String optionCode) {
        for (MenuOption o : options) {
            if (o.code().equals(optionCode)) {
                return o;
            }
        }
        return null;
    }

    /** One tap picks one option and clears the others: a group of at most one choice. */
    public boolean singleChoice() {
        return maxChoices == 1;
    }

    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, code);
    }
}
