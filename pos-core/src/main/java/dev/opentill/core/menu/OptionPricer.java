package dev.opentill.core.menu;

import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.ChosenOption;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a cashier's (or a platform's) choices against a product's option groups and prices them:
 * every pick names a known option that is not sold out, an exclusive option stands alone and once,
 * each group gets between its minimum and maximum choices. The result lists the options in the
 * menu's order, so the same choices always make the same {@link LineOptions}.
 */
public final class OptionPricer {
    private OptionPricer() {
    }

    /** The preselected choices of every group. */
    public static List<OptionPick> defaults(ProductMenu menu) {
        List<OptionPick> picks = new ArrayList<>();
        for (OptionGroup g : menu.groups()) {
            for (MenuOption o : g.options()) {
                if (o.byDefault()) {
                    picks.add(OptionPick.of(g.code(), o.code()));
                }
            }
        }
        return picks;
    }

    public static LineOptions price(Product product, ProductMenu menu, List<OptionPick> picks, SoldOut soldOut) {
        if (!menu.productId().equals(product.id())) {
            throw new IllegalArgumentException("Menu of another product: " + menu.productId());
        }
        if (soldOut.product(product.id())) {
            throw new SaleException(SaleError.SOLD_OUT, product.sku() + " is sold out", product.sku());
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (OptionPick p : picks) {
            OptionGroup g = menu.group(p.groupCode());
            if (g == null || g.option(p.optionCode()) == null) {
                String what = g == null ? p.groupCode() : SoldOut.optionKey(p.groupCode(), p.optionCode());
                throw new SaleException(SaleError.OPTION_UNKNOWN, product.sku() + " has no option " + what, what);
            }
            if (p.count() < 1) {
                throw new SaleException(SaleError.OPTION_RULE_BROKEN, "Option counts must be positive",
                        g.code(), g.minChoices(), g.maxChoices());
            }
            if (soldOut.option(p.groupCode(), p.optionCode())) {
                throw new SaleException(SaleError.SOLD_OUT, p.optionCode() + " is sold out",
                        SoldOut.optionKey(p.groupCode(), p.optionCode()));
            }
            counts.computeIfAbsent(g.code(), k -> new LinkedHashMap<>()).merge(p.optionCode(), p.count(),
                    Integer::sum);
        }
        Money base = product.price();
        List<ChosenOption> chosen = new ArrayList<>();
        for (OptionGroup g : menu.groups()) {
            Map<String, Integer> inGroup = counts.getOrDefault(g.code(), Map.of());
            int total = 0;
            for (int c : inGroup.values()) {
                total += c;
            }
            if (total < g.minChoices() || total > g.maxChoices()) {
                throw new SaleException(SaleError.OPTION_RULE_BROKEN,
                        "Group " + g.code() + " takes " + g.minChoices() + ".." + g.maxChoices() + " choices, got "
                                + total,
                        g.code(), g.minChoices(), g.maxChoices());
            }
            for (MenuOption o : g.options()) {
                Integer c = inGroup.get(o.code());
                if (c == null) {
                    continue;
                }
                if (o.stacking() == Stacking.EXCLUSIVE && (c > 1 || inGroup.size() > 1)) {
                    throw new SaleException(SaleError.OPTION_RULE_BROKEN,
                            "Option " + o.code() + " is chosen alone and once in group " + g.code(),
                            g.code(), g.minChoices(), g.maxChoices());
                }
                if (!o.priceDelta().currency().equals(base.currency())) {
                    throw new SaleException(SaleError.CURRENCY_MISMATCH, "Option priced in another currency");
                }
                chosen.add(new ChosenOption(g.code(), o.code(), o.nameZh(), o.nameEn(), c, o.priceDelta(),
                        o.stockSku()));
            }
        }
        LineOptions options = new LineOptions(base, chosen, null);
        if (options.listPrice().isNegative()) {
            throw new SaleException(SaleError.PRICE_DOES_NOT_ADD_UP,
                    "Options take " + product.sku() + " below zero", product.sku());
        }
        return options;
    }

    /** Refuses a price that someone else computed (a platform, an import) when it is not what the parts add up to. */
    public static void checkAddsUp(LineOptions options, Money claimedUnitPrice, String what) {
        if (!options.listPrice().equals(claimedUnitPrice)) {
            throw new SaleException(SaleError.PRICE_DOES_NOT_ADD_UP,
                    what + " is priced " + claimedUnitPrice + " but its parts add up to " + options.listPrice(), what);
        }
    }
}
