package dev.opentill.demo;

import static dev.opentill.demo.NameParts.k;
import static dev.opentill.demo.NameParts.p;
import static dev.opentill.demo.NameParts.s;

import java.util.List;

/** Categories of packaged goods with barcodes, and the (invented) brands and kinds they hold. */
final class PackagedGoods {
    private static final NameParts.Part NONE = p("", "");

    private PackagedGoods() {
    }

    static List<DemoCategory> categories() {
        return List.of(drinks(), freshTea(), teaLeaves(), snacks(), sweets(), dairy(), bakery(), instant(),
                household());
    }

    private static DemoCategory drinks() {
        return new DemoCategory(DemoCatalog.CATEGORY_DRINKS, "饮料", "Drinks", DemoCatalog.TAX_STANDARD, true, false, 170,
                new NameParts(
                        List.of(p("乐泉", "LeQuan"), p("山岚", "Shanlan"), p("清溪", "Qingxi"), p("冰川谷", "Glacier Valley"),
                                p("橙园", "Orange Grove"), p("椰乡", "Coco Home")),
                        List.of(NONE, p("柠檬", "Lemon"), p("橙味", "Orange"), p("白桃", "White Peach"), p("青柠", "Lime"),
                                p("无糖", "Zero Sugar"), p("荔枝", "Lychee"), p("葡萄", "Grape")),
                        List.of(k("可乐", "Cola", 300), k("汽水", "Soda", 300), k("矿泉水", "Mineral Water", 200),
                                k("果汁", "Juice", 450), k("椰子水", "Coconut Water", 600), k("苏打水", "Sparkling Water", 400),
                                k("运动饮料", "Sports Drink", 500), k("冷萃咖啡", "Cold Brew Coffee", 650)),
                        List.of(s("330ml", 100), s("500ml", 130), s("1.25L", 220), s("6×330ml", "6 x 330ml", 560))));
    }

    private static DemoCategory freshTea() {
        return new DemoCategory(DemoCatalog.CATEGORY_FRESH_TEA, "现制茶饮", "Fresh Tea Drinks", DemoCatalog.TAX_SERVICE,
                true,
                false, 20,
                new NameParts(
                        List.of(NONE, p("冰", "Iced"), p("热", "Hot"), p("少糖", "Less Sugar")),
                        List.of(p("茉莉", "Jasmine"), p("乌龙", "Oolong"), p("红茶", "Black Tea"), p("绿茶", "Green Tea"),
                                p("桂花", "Osmanthus")),
                        List.of(k("珍珠奶茶", "Bubble Milk Tea", 1500), k("水果茶", "Fruit Tea", 1800),
                                k("柠檬茶", "Lemon Tea", 1200), k("奶盖茶", "Cheese Foam Tea", 1900),
                                k("拿铁", "Tea Latte", 1700)),
                        List.of(s("中杯", "Medium", 100), s("大杯", "Large", 120))));
    }

    private static DemoCategory teaLeaves() {
        return new DemoCategory(DemoCatalog.CATEGORY_TEA_LEAVES, "茶叶", "Tea Leaves", DemoCatalog.TAX_STANDARD, false,
                false,
                60,
                new NameParts(
                        List.of(p("云雾山", "Yunwu Mountain"), p("闽茗", "Minming"), p("西湖居", "West Lake House"),
                                p("普洱坊", "Pu'er Workshop")),
                        List.of(NONE, p("特级", "Premium"), p("一级", "Grade 1"), p("袋泡", "Teabag")),
                        List.of(k("龙井", "Longjing Green Tea", 8800), k("铁观音", "Tieguanyin Oolong", 6800),
                                k("普洱熟茶", "Ripe Pu'er", 5800), k("茉莉花茶", "Jasmine Tea", 3800),
                                k("大红袍", "Da Hong Pao", 7800), k("白茶", "White Tea", 6800), k("红茶", "Black Tea", 4800)),
                        List.of(s("100g", 100), s("250g", 230), s("500g", 430))));
    }

    private static DemoCategory snacks() {
        return new DemoCategory(DemoCatalog.CATEGORY_SNACKS, "休闲零食", "Snacks", DemoCatalog.TAX_STANDARD, false, false,
                200,
                new NameParts(
                        List.of(p("青禾", "Qinghe"), p("脆乐", "Crispy Joy"), p("味觉屋", "Taste House"),
                                p("良品坊", "Fine Goods"), p("小馋猫", "Little Gourmet"), p("田园香", "Farm Fresh")),
                        List.of(p("原味", "Original"), p("番茄味", "Tomato"), p("烧烤味", "Barbecue"), p("黄瓜味", "Cucumber"),
                                p("香辣味", "Hot & Spicy"), p("海盐味", "Sea Salt"), p("麻辣味", "Mala"), p("芝士味", "Cheese")),
                        List.of(k("薯片", "Potato Chips", 650), k("虾条", "Prawn Crackers", 450),
                                k("锅巴", "Rice Crisps", 500),
                                k("牛肉干", "Beef Jerky", 2500), k("海苔", "Seaweed Snack", 900), k("饼干", "Biscuits", 600),
                                k("辣条", "Spicy Gluten Strips", 350), k("豆干", "Dried Tofu", 550),
                                k("爆米花", "Popcorn", 700)),
                        List.of(s("40g", 70), s("70g", 100), s("135g", 170), s("家庭装", "Family Pack", 260))));
    }

    private static DemoCategory sweets() {
        return new DemoCategory(DemoCatalog.CATEGORY_SWEETS, "糖果巧克力", "Sweets & Chocolate", DemoCatalog.TAX_STANDARD,
                false, false, 80,
                new NameParts(
                        List.of(p("甜心", "Sweetheart"), p("可可岛", "Cocoa Island"), p("星糖", "Star Candy"),
                                p("蜜语", "Honey Words")),
                        List.of(p("牛奶", "Milk"), p("黑巧", "Dark"), p("草莓", "Strawberry"), p("抹茶", "Matcha"),
                                p("榛子", "Hazelnut"), p("水果", "Fruit"), p("薄荷", "Mint")),
                        List.of(k("巧克力", "Chocolate", 1200), k("牛奶糖", "Milk Candy", 800), k("软糖", "Gummies", 700),
                                k("棒棒糖", "Lollipops", 500), k("口香糖", "Chewing Gum", 600), k("薄荷糖", "Mints", 900),
                                k("夹心巧克力", "Filled Chocolates", 1600)),
                        List.of(s("50g", 100), s("100g", 180), s("200g", 330))));
    }

    private static DemoCategory dairy() {
        return new DemoCategory(DemoCatalog.CATEGORY_DAIRY, "乳制品", "Dairy", DemoCatalog.TAX_STANDARD, false, false, 90,
                new NameParts(
                        List.of(p("牧场晨", "Morning Ranch"), p("草原情", "Grassland"), p("白云乳业", "Baiyun Dairy"),
                                p("鲜语", "Fresh Words")),
                        List.of(NONE, p("原味", "Plain"), p("草莓", "Strawberry"), p("黄桃", "Yellow Peach"),
                                p("蓝莓", "Blueberry"), p("香草", "Vanilla")),
                        List.of(k("纯牛奶", "Whole Milk", 500), k("酸奶", "Yogurt", 600), k("低脂牛奶", "Low-fat Milk", 550),
                                k("乳酸菌饮品", "Probiotic Drink", 300), k("奶酪棒", "Cheese Sticks", 1800),
                                k("发酵乳", "Fermented Milk", 700)),
                        List.of(s("200ml", 100), s("250ml", 120), s("950ml", 380), s("12×200ml", "12 x 200ml", 1050))));
    }

    private static DemoCategory bakery() {
        return new DemoCategory(DemoCatalog.CATEGORY_BAKERY, "烘焙面包", "Bakery", DemoCatalog.TAX_STANDARD, true, false,
                70,
                new NameParts(
                        List.of(p("麦香坊", "Wheat House"), p("晨焙", "Morning Bake"), p("小麦田", "Little Wheatfield")),
                        List.of(p("原味", "Classic"), p("奶油", "Cream"), p("红豆", "Red Bean"), p("巧克力", "Chocolate"),
                                p("芝士", "Cheese"), p("椰蓉", "Coconut")),
                        List.of(k("吐司", "Toast Bread", 900), k("牛角包", "Croissant", 650), k("菠萝包", "Pineapple Bun", 550),
                                k("蛋挞", "Egg Tart", 600), k("肉松面包", "Pork Floss Bun", 750),
                                k("蛋糕卷", "Swiss Roll", 1200),
                                k("全麦面包", "Wholemeal Bread", 1000)),
                        List.of(s("单个", "Single", 100), s("2个装", "Twin Pack", 190), s("6个装", "6-Pack", 520))));
    }

    private static DemoCategory instant() {
        return new DemoCategory(DemoCatalog.CATEGORY_INSTANT, "方便速食", "Instant Food", DemoCatalog.TAX_STANDARD, false,
                false, 100,
                new NameParts(
                        List.of(p("速香", "Quick Aroma"), p("家乡味", "Hometown Taste"), p("火锅侠", "Hotpot Hero"),
                                p("面面香", "Noodle Joy")),
                        List.of(p("红烧牛肉", "Braised Beef"), p("老坛酸菜", "Pickled Cabbage"), p("香辣", "Spicy"),
                                p("番茄", "Tomato"), p("猪肉白菜", "Pork & Cabbage"), p("鲜虾", "Shrimp")),
                        List.of(k("方便面", "Instant Noodles", 450), k("自热火锅", "Self-heating Hotpot", 2800),
                                k("米粉", "Rice Noodles", 1200), k("速冻水饺", "Frozen Dumplings", 1800),
                                k("酸辣粉", "Hot & Sour Noodles", 900), k("火腿肠", "Ham Sausage", 300)),
                        List.of(s("单包", "Single", 100), s("5连包", "5-Pack", 460), s("桶装", "Cup", 130))));
    }

    private static DemoCategory household() {
        return new DemoCategory(DemoCatalog.CATEGORY_HOUSEHOLD, "日用百货", "Household", DemoCatalog.TAX_STANDARD, true,
                false, 60,
                new NameParts(
                        List.of(p("洁家", "CleanHome"), p("柔风", "Soft Breeze"), p("净然", "Purely")),
                        List.of(p("无香", "Unscented"), p("柠檬", "Lemon"), p("薰衣草", "Lavender"), p("绿茶", "Green Tea"),
                                p("薄荷", "Mint")),
                        List.of(k("抽纸", "Facial Tissues", 1200), k("湿巾", "Wet Wipes", 800), k("洗洁精", "Dish Soap", 900),
                                k("洗衣液", "Laundry Liquid", 2500), k("垃圾袋", "Bin Bags", 700),
                                k("牙膏", "Toothpaste", 1300)),
                        List.of(s("单件", "Single", 100), s("3件装", "3-Pack", 280), s("家庭装", "Family Size", 200))));
    }
}
