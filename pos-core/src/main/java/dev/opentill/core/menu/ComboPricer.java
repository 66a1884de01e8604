package dev.opentill.core.menu;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.ComboRef;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and prices a combo: every slot filled once by a product it allows, nothing sold out; the
 * price is the combo's plus the chosen products' up-charges plus their options' differences.
 */
public final class ComboPricer {
    private ComboPricer() {
    }

    /** A priced combo, ready for {@code Ticket.addCombo}: products and options in slot order. */
    public record PricedCombo(List<Product> products, List<LineOptions> options, Money price) {
    }

    public static PricedCombo price(Combo combo, List<ComboPick> picks, SoldOut soldOut) {
        Map<String, ComboPick> bySlot = new HashMap<>();
        for (ComboPick p : picks) {
            if (bySlot.put(p.slotCode(), p) != null) {
                throw new SaleException(SaleError.COMBO_INVALID, "Slot " + p.slotCode() + " filled twice",
                        p.slotCode());
            }
        }
        if (bySlot.size() != combo.slots().size()) {
            throw new SaleException(SaleError.COMBO_INVALID, "Combo " + combo.code() + " needs every slot filled once",
                    combo.code());
        }
        ComboRef ref = null;
        List<Product> products = new ArrayList<>();
        List<LineOptions> options = new ArrayList<>();
        Money price = combo.price();
        var comboId = UuidV7.next();
        for (ComboSlot slot : combo.slots()) {
            ComboPick p = bySlot.get(slot.code());
            if (p == null) {
                throw new SaleException(SaleError.COMBO_INVALID, "Slot " + slot.code() + " is empty", slot.code());
            }
            Money upcharge = slot.allowed().get(p.product().id());
            if (upcharge == null) {
                throw new SaleException(SaleError.COMBO_INVALID,
                        p.product().sku() + " is not allowed in slot " + slot.code(), slot.code());
            }
            if (soldOut.product(p.product().id())) {
                throw new SaleException(SaleError.SOLD_OUT, p.product().sku() + " is sold out", p.product().sku());
            }
            LineOptions o = p.options() == null ? new LineOptions(p.product().price(), List.of(), null) : p.options();
            ref = new ComboRef(comboId, combo.code(), combo.nameZh(), combo.nameEn(), slot.code());
            products.add(p.product());
            options.add(o.inCombo(ref));
            price = price.plus(upcharge).plus(o.optionsDelta());
        }
        if (price.isNegative()) {
            throw new SaleException(SaleError.PRICE_DOES_NOT_ADD_UP, "Combo " + combo.code() + " below zero",
                    combo.code());
        }
        return new PricedCombo(List.copyOf(products), List.copyOf(options), price);
    }
}
