package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.require;
import static dev.opentill.central.jooq.Tables.OPTION_GROUP;
import static dev.opentill.central.jooq.Tables.OPTION_ITEM;
import static dev.opentill.central.jooq.Tables.PRICE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_OPTION_GROUP;

import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Checks the stored menu of the products an import touched (linked, or taking a group it changed):
 * each is a valid {@link ProductMenu}, and its cheapest cup costs zero or more. The cheapest cup
 * takes, in every group, each option that lowers the price as often as the group allows (a bound:
 * a till refuses a cup below zero with {@code PRICE_DOES_NOT_ADD_UP}, so the import refuses the
 * menu that could make one). The product's lowest price (its base or any price row) is used.
 */
final class MenuPrices {
    private MenuPrices() {
    }

    static void check(DSLContext tx, Collection<String> groups, Collection<UUID> products) {
        Set<UUID> ids = new HashSet<>(products);
        if (!groups.isEmpty()) {
            ids.addAll(tx.selectDistinct(PRODUCT_OPTION_GROUP.PRODUCT_ID).from(PRODUCT_OPTION_GROUP)
                    .where(PRODUCT_OPTION_GROUP.GROUP_CODE.in(groups)).fetch(PRODUCT_OPTION_GROUP.PRODUCT_ID));
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, OptionGroup> stored = groups(tx);
        for (UUID id : ids) {
            var p = tx.select(PRODUCT.SKU, PRODUCT.BASE_PRICE_MINOR).from(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
            long lowest = p.value2();
            Long priceRow = tx.select(PRICE.PRICE_MINOR.min()).from(PRICE).where(PRICE.PRODUCT_ID.eq(id))
                    .fetchOne(0, Long.class);
            if (priceRow != null) {
                lowest = Math.min(lowest, priceRow);
            }
            List<OptionGroup> menu = tx.select(PRODUCT_OPTION_GROUP.GROUP_CODE).from(PRODUCT_OPTION_GROUP)
                    .where(PRODUCT_OPTION_GROUP.PRODUCT_ID.eq(id)).orderBy(PRODUCT_OPTION_GROUP.POSITION)
                    .fetch(PRODUCT_OPTION_GROUP.GROUP_CODE).stream().map(stored::get).toList();
            String row = "product " + p.value1();
            try {
                new ProductMenu(id, menu);
            } catch (IllegalArgumentException e) {
                require(false, row + ": " + e.getMessage());
            }
            long down = 0;
            for (OptionGroup g : menu) {
                down += lowestDelta(g);
            }
            require(lowest + down >= 0, row + ": with its options a cup could cost less than nothing (price "
                    + Money.ofMinor(lowest, MenuImport.CHECK) + ", options down to "
                    + Money.ofMinor(down, MenuImport.CHECK) + ")");
        }
    }

    /** The most a group's choices can lower a cup's price (zero or negative). */
    static long lowestDelta(OptionGroup g) {
        long exclusive = 0;
        long stacked = 0;
        for (MenuOption o : g.options()) {
            long d = o.priceDelta().minor();
            if (d < 0) {
                if (o.stacking() == Stacking.EXCLUSIVE) {
                    exclusive = Math.min(exclusive, d);
                } else {
                    stacked += d * g.maxChoices();
                }
            }
        }
        return Math.min(exclusive, stacked);
    }

    private static Map<String, OptionGroup> groups(DSLContext tx) {
        Map<String, List<MenuOption>> options = new LinkedHashMap<>();
        tx.selectFrom(OPTION_ITEM).orderBy(OPTION_ITEM.GROUP_CODE, OPTION_ITEM.POSITION)
                .forEach(o -> options.computeIfAbsent(o.getGroupCode(), k -> new ArrayList<>()).add(new MenuOption(
                        o.getCode(), o.getNameZh(), o.getNameEn(), Money.ofMinor(o.getPriceDeltaMinor(),
                                MenuImport.CHECK),
                        o.getByDefault(),
                        o.getStackable() ? Stacking.STACKABLE : Stacking.EXCLUSIVE, o.getStockSku())));
        Map<String, OptionGroup> out = new LinkedHashMap<>();
        tx.selectFrom(OPTION_GROUP).forEach(g -> out.put(g.getCode(), new OptionGroup(g.getCode(), g.getNameZh(),
                g.getNameEn(), g.getMinChoices(), g.getMaxChoices(), options.getOrDefault(g.getCode(), List.of()))));
        return out;
    }
}
