package dev.opentill.demo;

import static dev.opentill.demo.NameParts.k;
import static dev.opentill.demo.NameParts.p;

import java.util.List;

/** Categories of goods sold by weight through scale labels; prices are per kilogram in fen. */
final class FreshGoods {
    private static final NameParts.Part NONE = p("", "");

    private FreshGoods() {
    }

    static List<DemoCategory> categories() {
        return List.of(fruit(), vegetables(), nuts(), bulkSweets());
    }

    private static DemoCategory fruit() {
        return new DemoCategory(DemoCatalog.CATEGORY_FRUIT, "新鲜水果", "Fresh Fruit", DemoCatalog.TAX_AGRICULTURAL, true,
                true,
                20,
                new NameParts(
                        List.of(NONE, p("新疆", "Xinjiang"), p("山东", "Shandong"), p("海南", "Hainan"), p("云南", "Yunnan"),
                                p("广西", "Guangxi"), p("陕西", "Shaanxi"), p("进口", "Imported")),
                        List.of(NONE, p("精品", "Select"), p("特级", "Premium")),
                        List.of(k("富士苹果", "Fuji Apples", 1580), k("香蕉", "Bananas", 698), k("砂糖橘", "Mandarins", 998),
                                k("葡萄", "Grapes", 1998), k("芒果", "Mangoes", 1598), k("梨", "Pears", 898),
                                k("火龙果", "Dragon Fruit", 1398), k("猕猴桃", "Kiwifruit", 1998), k("西瓜", "Watermelon", 398),
                                k("哈密瓜", "Hami Melon", 798), k("草莓", "Strawberries", 3998), k("荔枝", "Lychees", 2998)),
                        List.of()));
    }

    private static DemoCategory vegetables() {
        return new DemoCategory(DemoCatalog.CATEGORY_VEGETABLES, "新鲜蔬菜", "Vegetables", DemoCatalog.TAX_EXEMPT, false,
                true,
                15,
                new NameParts(
                        List.of(NONE, p("本地", "Local"), p("山东", "Shandong"), p("云南", "Yunnan"), p("崇明", "Chongming")),
                        List.of(NONE, p("有机", "Organic"), p("精选", "Choice")),
                        List.of(k("上海青", "Bok Choy", 598), k("西红柿", "Tomatoes", 798), k("黄瓜", "Cucumbers", 598),
                                k("土豆", "Potatoes", 398), k("胡萝卜", "Carrots", 398), k("大白菜", "Napa Cabbage", 298),
                                k("西兰花", "Broccoli", 998), k("生菜", "Lettuce", 798), k("菠菜", "Spinach", 898),
                                k("青椒", "Green Peppers", 698)),
                        List.of()));
    }

    private static DemoCategory nuts() {
        return new DemoCategory(DemoCatalog.CATEGORY_NUTS, "散装坚果", "Nuts by Weight", DemoCatalog.TAX_STANDARD, false,
                true,
                10,
                new NameParts(
                        List.of(p("散装", "Bulk"), p("新疆", "Xinjiang"), p("云南", "Yunnan"), p("进口", "Imported")),
                        List.of(p("原味", "Plain"), p("盐焗", "Salt-baked"), p("奶油", "Cream"), p("炭烧", "Charcoal-roasted"),
                                p("五香", "Five-spice")),
                        List.of(k("腰果", "Cashews", 12800), k("开心果", "Pistachios", 13800), k("巴旦木", "Almonds", 8800),
                                k("碧根果", "Pecans", 9800), k("夏威夷果", "Macadamias", 9800), k("核桃", "Walnuts", 5800),
                                k("瓜子", "Sunflower Seeds", 3800), k("花生", "Peanuts", 2800), k("榛子", "Hazelnuts", 9800)),
                        List.of()));
    }

    private static DemoCategory bulkSweets() {
        return new DemoCategory(DemoCatalog.CATEGORY_BULK_SWEETS, "散装糖果", "Sweets by Weight", DemoCatalog.TAX_STANDARD,
                false, true, 5,
                new NameParts(
                        List.of(p("散装", "Bulk"), p("喜庆", "Festive")),
                        List.of(p("什锦", "Assorted"), p("草莓", "Strawberry"), p("椰子", "Coconut"), p("牛奶", "Milk")),
                        List.of(k("水果硬糖", "Fruit Drops", 4800), k("奶糖", "Milk Toffee", 5800),
                                k("巧克力豆", "Chocolate Buttons", 8800), k("软糖", "Gummies", 5600),
                                k("酥心糖", "Crunchy Candy", 4600), k("花生糖", "Peanut Brittle", 5200)),
                        List.of()));
    }
}
