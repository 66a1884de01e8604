package dev.opentill.core.sale;

import java.util.UUID;

/**
 * Marks a line as one slot of a combo sold at a fixed price: all lines with the same
 * {@code comboId} are one combo, changed, counted and voided together.
 */
public record ComboRef(UUID comboId, String comboCode, String nameZh, String nameEn, String slotCode) {
    public ComboRef {
        if (comboId == null || comboCode == null || slotCode == null) {
            throw new IllegalArgumentException("Combo reference needs combo id, combo code and slot");
        }
    }
}
