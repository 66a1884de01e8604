package dev.opentill.core.menu;

import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.money.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A slot of a combo ("a drink"): the products allowed in it, each with its up-charge (zero for most). */
public record ComboSlot(String code, String nameZh, String nameEn, Map<UUID, Money> allowed) {
    public ComboSlot {
        if (code == null || code.isBlank() || allowed == null || allowed.isEmpty()) {
            throw new IllegalArgumentException("Combo slot needs a code and at least one allowed product");
        }
        allowed = Map.copyOf(allowed);
        for (Money m : allowed.values()) {
            if (m.isNegative()) {
                throw new IllegalArgumentException("Slot " + code + ": up-charges must not be negative");
            }
        }
    }

    /** Allowed products in a stable order: by up-charge, then id. */
    public List<UUID> choices() {
        return allowed.entrySet().stream()
                .sorted(Map.Entry.<UUID, Money>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    public String displayName(Locale locale) {
        return LocalName.pick(locale, nameZh, nameEn, code);
    }
}
