package dev.opentill.core.menu;

import static dev.opentill.core.sale.SaleFixtures.yuan;

import dev.opentill.core.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tea shop's menu for tests: a milk tea with size, sugar, ice and toppings, a cookie, and a combo of both. */
public final class TeaMenu {
    public static final Product MILK_TEA = new Product(UUID.randomUUID(), "MT", "奶茶", "Milk tea", "TEA", "VAT6", 600,
            yuan("15.00"), false, null);
    public static final Product FRUIT_TEA = new Product(UUID.randomUUID(), "FT", "果茶", "Fruit tea", "TEA", "VAT6",
            600, yuan("18.00"), false, null);
    public static final Product COOKIE = new Product(UUID.randomUUID(), "CK", "曲奇", "Cookie", "SNACK", "VAT13", 1300,
            yuan("8.00"), false, null);

    public static final OptionGroup SIZE = new OptionGroup("SIZE", "杯型", "Size", 1, 1, List.of(
            new MenuOption("M", "中杯", "Medium", yuan("0.00"), true, Stacking.EXCLUSIVE, null),
            new MenuOption("L", "大杯", "Large", yuan("3.00"), false, Stacking.EXCLUSIVE, null),
            new MenuOption("S", "小杯", "Small", yuan("-2.00"), false, Stacking.EXCLUSIVE, null)));
    public static final OptionGroup SUGAR = new OptionGroup("SUGAR", "甜度", "Sugar", 1, 1, List.of(
            new MenuOption("FULL", "全糖", "Full sugar", yuan("0"), true, Stacking.EXCLUSIVE, null),
            new MenuOption("HALF", "半糖", "Half sugar", yuan("0"), false, Stacking.EXCLUSIVE, null),
            new MenuOption("NONE", "无糖", "No sugar", yuan("0"), false, Stacking.EXCLUSIVE, null)));
    public static final OptionGroup ICE = new OptionGroup("ICE", "冰量", "Ice", 1, 1, List.of(
            new MenuOption("NORMAL", "正常冰", "Normal ice", yuan("0"), true, Stacking.EXCLUSIVE, null),
            new MenuOption("LESS", "少冰", "Less ice", yuan("0"), false, Stacking.EXCLUSIVE, null),
            new MenuOption("HOT", "热", "Hot", yuan("0"), false, Stacking.EXCLUSIVE, null)));
    public static final OptionGroup TOPPINGS = new OptionGroup("TOP", "加料", "Toppings", 0, 3, List.of(
            new MenuOption("PEARL", "珍珠", "Pearls", yuan("2.00"), false, Stacking.STACKABLE, "TOP-PEARL"),
            new MenuOption("PUDDING", "布丁", "Pudding", yuan("3.00"), false, Stacking.STACKABLE, "TOP-PUDDING"),
            new MenuOption("NOTOP", "不加料", "No topping", yuan("0"), false, Stacking.EXCLUSIVE, null)));

    public static final ProductMenu MILK_TEA_MENU = new ProductMenu(MILK_TEA.id(), List.of(SIZE, SUGAR, ICE,
            TOPPINGS));
    public static final ProductMenu FRUIT_TEA_MENU = new ProductMenu(FRUIT_TEA.id(), List.of(SIZE, ICE));

    public static final Combo TEA_AND_COOKIE = new Combo(UUID.randomUUID(), "C1", "奶茶曲奇套餐",
            "Tea & cookie", yuan("20.00"), List.of(
                    new ComboSlot("DRINK", "饮品", "Drink", Map.of(MILK_TEA.id(), yuan("0"), FRUIT_TEA.id(),
                            yuan("2.00"))),
                    new ComboSlot("SNACK", "小食", "Snack", Map.of(COOKIE.id(), yuan("0")))));

    private TeaMenu() {
    }
}
