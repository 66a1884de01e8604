package dev.opentill.app.testing;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboSlot;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.migrations.TillStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small tea menu on the test store: the tea (12.00) takes a size (medium, large +3.00) and up to
 * three toppings (pearls +2.00, stackable); the combo "Tea & snack" is a tea and chips (+1.00) for 15.00.
 */
public final class TestMenus {
    public static final UUID COMBO = UUID.fromString("0190a000-0000-7000-8000-000000000c01");

    private TestMenus() {
    }

    public static void teaMenu(TillStore store, TillServices till) {
        teaMenu(store);
    }

    public static void teaMenu(TillStore store) {
        MenuRepository menus = new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC());
        CatalogRepository catalog = new CatalogRepository(store.dsl(), Money.CNY, Clock.systemUTC());
        Product tea = catalog.byCode(TestStores.TEA).orElseThrow();
        Product chips = catalog.byCode(TestStores.CHIPS).orElseThrow();
        menus.saveGroup(new OptionGroup("SIZE", "杯型", "Size", 1, 1, List.of(
                new MenuOption("M", "中杯", "Medium", fen(0), true, Stacking.EXCLUSIVE, null),
                new MenuOption("L", "大杯", "Large", fen(300), false, Stacking.EXCLUSIVE, null))));
        menus.saveGroup(new OptionGroup("TOP", "加料", "Toppings", 0, 3, List.of(
                new MenuOption("PEARL", "珍珠", "Pearls", fen(200), false, Stacking.STACKABLE, null))));
        menus.attach(tea.id(), List.of("SIZE", "TOP"));
        menus.saveCombo(new Combo(COMBO, "C1", "茶点套餐", "Tea & snack", fen(1500), List.of(
                new ComboSlot("DRINK", "饮品", "Drink", Map.of(tea.id(), fen(0))),
                new ComboSlot("SNACK", "小食", "Snack", Map.of(chips.id(), fen(100))))));
    }

    public static Money fen(long minor) {
        return Money.ofMinor(minor, Money.CNY);
    }
}
