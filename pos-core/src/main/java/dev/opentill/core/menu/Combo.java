package dev.opentill.core.menu;

import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A combo sold at a fixed price: one product per slot, plus the slots' up-charges and the drinks' options. */
public record Combo(UUID id, String code, String nameZh, String nameEn, Money price, List<ComboSlot> slots) {
    public Combo {
        if (id == null || code == null || code.isBlank() || price == null || price.isNegative()) {
            throw new IllegalArgumentException("Combo needs an id, a code and a price of at least zero");
        }
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("Combo " + code + " has no slots");
        }
        Set<String> codes = new HashSet<>();
        for (ComboSlot s : slots) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("Combo " + code + " has slot " + s.code() + " twice");
            }
        }
    }

    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, code);
    }
}
