package dev.opentill.core.sale;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.money.Allocation;
import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket rules of made-to-order lines: a line's price is its product's price plus its
 * options; a combo is one line per slot whose prices share the combo's price in proportion to
 * what each would cost alone (so each keeps its own VAT rate and the combo's lines always sum to
 * its price); the lines of a combo change quantity and are voided together.
 */
final class MadeToOrder {
    private MadeToOrder() {
    }

    static Ticket add(Ticket t, Product product, LineOptions options, long quantityMilli, TicketLimits limits) {
        checkQuantity(quantityMilli, limits);
        if (options.combo() != null) {
            throw new SaleException(SaleError.COMBO_INVALID, "A combo slot is added with its combo", product.sku());
        }
        checkBase(t, product, options);
        Money price = options.listPrice();
        Ticket.checkPrice(price, limits);
        return t.withLines(append(t.lines(), List.of(newLine(t, product, options, price, quantityMilli))));
    }

    static Ticket addCombo(Ticket t, List<Product> products, List<LineOptions> options, Money comboPrice,
            long quantityMilli, TicketLimits limits) {
        checkQuantity(quantityMilli, limits);
        t.checkCurrency(comboPrice);
        if (products.isEmpty() || products.size() != options.size()) {
            throw new SaleException(SaleError.COMBO_INVALID, "A combo needs one product per slot", "");
        }
        Ticket.checkPrice(comboPrice, limits);
        long[] weights = new long[products.size()];
        for (int i = 0; i < products.size(); i++) {
            LineOptions o = options.get(i);
            if (o.combo() == null || !o.combo().comboId().equals(options.get(0).combo().comboId())) {
                throw new SaleException(SaleError.COMBO_INVALID, "Every slot must belong to the same combo",
                        products.get(i).sku());
            }
            checkBase(t, products.get(i), o);
            weights[i] = Math.max(0, o.listPrice().minor());
        }
        long[] shares = Allocation.allocate(comboPrice.minor(), weights);
        List<TicketLine> added = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            added.add(newLine(t, products.get(i), options.get(i), Money.ofMinor(shares[i], t.currency()),
                    quantityMilli));
        }
        return t.withLines(append(t.lines(), added));
    }

    static Ticket changeOptions(Ticket t, TicketLine line, LineOptions options, TicketLimits limits) {
        if (line.options() == null || line.fixedAmount() != null || line.isReturn()) {
            throw new SaleException(SaleError.OPTION_UNKNOWN, "This line takes no options", line.sku());
        }
        if (!options.basePrice().equals(line.options().basePrice())) {
            throw new SaleException(SaleError.PRICE_DOES_NOT_ADD_UP, "Base price differs from the line's",
                    line.sku());
        }
        ComboRef combo = line.combo();
        if (combo == null) {
            if (options.combo() != null) {
                throw new SaleException(SaleError.COMBO_INVALID, "A line cannot join a combo", line.sku());
            }
            Money price = options.listPrice();
            Ticket.checkPrice(price, limits);
            TicketLine changed = line.withOptions(options, price);
            return replace(t, List.of(changed)).checkDiscountFits(changed);
        }
        // The combo's price moves by the change of this slot's options; its lines share it again.
        LineOptions kept = options.inCombo(combo);
        Money comboPrice = comboTotal(t, combo).plus(kept.optionsDelta()).minus(line.options().optionsDelta());
        Ticket.checkPrice(comboPrice, limits);
        List<TicketLine> members = members(t, combo);
        long[] weights = new long[members.size()];
        for (int i = 0; i < members.size(); i++) {
            LineOptions o = members.get(i).id().equals(line.id()) ? kept : members.get(i).options();
            weights[i] = Math.max(0, o.listPrice().minor());
        }
        long[] shares = Allocation.allocate(comboPrice.minor(), weights);
        List<TicketLine> changed = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            TicketLine m = members.get(i);
            LineOptions o = m.id().equals(line.id()) ? kept : m.options();
            changed.add(m.withOptions(o, Money.ofMinor(shares[i], t.currency())));
        }
        Ticket next = replace(t, changed);
        for (TicketLine c : changed) {
            next.checkDiscountFits(c);
        }
        return next;
    }

    static Ticket changeComboQuantity(Ticket t, ComboRef combo, long quantityMilli) {
        if (quantityMilli % 1000 != 0) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY, "A combo is sold in whole pieces");
        }
        List<TicketLine> changed = members(t, combo).stream().map(l -> l.withQuantity(quantityMilli)).toList();
        Ticket next = replace(t, changed);
        for (TicketLine c : changed) {
            next.checkDiscountFits(c);
        }
        return next;
    }

    static Ticket voidCombo(Ticket t, ComboRef combo) {
        return replace(t, members(t, combo).stream().map(TicketLine::asVoided).toList());
    }

    /** What one unit of the combo costs now: the sum of its live lines' unit prices. */
    static Money comboTotal(Ticket t, ComboRef combo) {
        Money sum = Money.zero(t.currency());
        for (TicketLine l : members(t, combo)) {
            sum = sum.plus(l.unitPrice());
        }
        return sum;
    }

    private static List<TicketLine> members(Ticket t, ComboRef combo) {
        return t.lines().stream()
                .filter(l -> !l.voided() && l.combo() != null && l.combo().comboId().equals(combo.comboId()))
                .toList();
    }

    private static void checkQuantity(long quantityMilli, TicketLimits limits) {
        if (quantityMilli <= 0) {
            throw new SaleException(SaleError.QUANTITY_NOT_POSITIVE, "Quantity must be positive: " + quantityMilli);
        }
        if (quantityMilli > limits.maxQuantityMilli()) {
            throw new SaleException(SaleError.QUANTITY_TOO_LARGE, "Quantity too large: " + quantityMilli,
                    quantityMilli);
        }
        if (quantityMilli % 1000 != 0) {
            throw new SaleException(SaleError.FRACTIONAL_QUANTITY, "Made-to-order goods are sold in whole pieces");
        }
    }

    private static void checkBase(Ticket t, Product product, LineOptions options) {
        t.checkCurrency(options.basePrice());
        if (!options.basePrice().equals(product.price())) {
            throw new SaleException(SaleError.PRICE_DOES_NOT_ADD_UP,
                    "Options priced from " + options.basePrice() + " but " + product.sku() + " costs "
                            + product.price(),
                    product.sku());
        }
    }

    private static TicketLine newLine(Ticket t, Product p, LineOptions o, Money price, long quantityMilli) {
        return new TicketLine(UuidV7.next(), p.id(), p.sku(), p.nameZh(), p.nameEn(), p.taxRateBasisPoints(), false,
                quantityMilli, price, null, null, Money.zero(t.currency()), false, null, null, o);
    }

    private static List<TicketLine> append(List<TicketLine> lines, List<TicketLine> added) {
        List<TicketLine> next = new ArrayList<>(lines.size() + added.size());
        next.addAll(lines);
        next.addAll(added);
        return next;
    }

    private static Ticket replace(Ticket t, List<TicketLine> changed) {
        List<TicketLine> next = new ArrayList<>(t.lines());
        for (TicketLine c : changed) {
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).id().equals(c.id())) {
                    next.set(i, c);
                }
            }
        }
        return t.withLines(next);
    }
}
