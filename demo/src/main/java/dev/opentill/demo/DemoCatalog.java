package dev.opentill.demo;

import java.util.List;

/**
 * The demo store's known items, the same for every seed: products with fixed barcodes and PLUs,
 * the staff logins and PINs, and a member. Tests, the README and DEMO.md refer to these. The
 * generated bulk of the catalog comes after them and varies with the seed.
 */
public final class DemoCatalog {
    public static final String TAX_STANDARD = "VAT13";
    public static final String TAX_AGRICULTURAL = "VAT9";
    public static final String TAX_SERVICE = "VAT6";
    public static final String TAX_EXEMPT = "VAT0";

    public static final String CATEGORY_DRINKS = "DRINKS";
    public static final String CATEGORY_FRESH_TEA = "FRESH_TEA";
    public static final String CATEGORY_TEA_LEAVES = "TEA_LEAVES";
    public static final String CATEGORY_SNACKS = "SNACKS";
    public static final String CATEGORY_SWEETS = "SWEETS";
    public static final String CATEGORY_DAIRY = "DAIRY";
    public static final String CATEGORY_BAKERY = "BAKERY";
    public static final String CATEGORY_INSTANT = "INSTANT";
    public static final String CATEGORY_HOUSEHOLD = "HOUSEHOLD";
    public static final String CATEGORY_FRUIT = "FRUIT";
    public static final String CATEGORY_VEGETABLES = "VEGETABLES";
    public static final String CATEGORY_NUTS = "NUTS";
    public static final String CATEGORY_BULK_SWEETS = "BULK_SWEETS";

    /** 乐泉可乐 330ml, 3.00 yuan; on a current promotion at {@link #COLA_PROMO_PRICE_MINOR}. */
    public static final KnownProduct COLA = new KnownProduct("DR-COLA-330", "乐泉可乐 330ml", "LeQuan Cola 330ml",
            CATEGORY_DRINKS, TAX_STANDARD, null, 300, List.of("6901234000016"));
    public static final long COLA_PROMO_PRICE_MINOR = 250;
    /** Mineral water with an EAN-13 and a short EAN-8 code. */
    public static final KnownProduct WATER = new KnownProduct("DR-WATER-550", "清溪矿泉水 550ml",
            "Qingxi Mineral Water 550ml", CATEGORY_DRINKS, TAX_STANDARD, null, 200,
            List.of("6901234000023", "69012358"));
    /** The demo promotion: two bottles of water for 3.00 yuan instead of 4.00. */
    public static final long WATER_PAIR_PRICE_MINOR = 300;
    /** The demo coupon: scan or type it for 5.00 off a ticket of 30.00 or more, once. */
    public static final String COUPON_CODE = "CPDEMO5";
    /** The demo order paid online: scan or type it to hand over two colas. */
    public static final String ORDER_NO = "WXDEMO0001";
    /** Potato chips whose promotion has expired: the till must charge the base price. */
    public static final KnownProduct CHIPS = new KnownProduct("SN-CHIPS-70", "青禾原味薯片 70g",
            "Qinghe Original Potato Chips 70g", CATEGORY_SNACKS, TAX_STANDARD, null, 650, List.of("6901234000030"));
    /** Yogurt with a price that starts in a week: the till must charge the base price today. */
    public static final KnownProduct YOGURT = new KnownProduct("DA-YOGURT-200", "牧场晨原味酸奶 200g",
            "Morning Ranch Plain Yogurt 200g", CATEGORY_DAIRY, TAX_STANDARD, null, 600, List.of("6901234000047"));
    /** An imported oat bar: its UPC-A 071234500017 is stored in EAN-13 form, as the scanner may send either. */
    public static final KnownProduct OAT_BAR = new KnownProduct("SN-OATBAR-6", "枫叶燕麦棒 6×35g",
            "Maple Leaf Oat Bars 6 x 35g", CATEGORY_SNACKS, TAX_STANDARD, null, 1590,
            List.of("6901234000054", "0071234500017"));
    public static final String OAT_BAR_UPC_A = "071234500017";
    public static final KnownProduct JASMINE_TEA = new KnownProduct("TL-JASMINE-250", "闽茗茉莉花茶 250g",
            "Minming Jasmine Tea 250g", CATEGORY_TEA_LEAVES, TAX_STANDARD, null, 8800, List.of("6901234000061"));
    public static final KnownProduct SHOPPING_BAG = new KnownProduct("HH-BAG", "购物袋", "Shopping Bag",
            CATEGORY_HOUSEHOLD, TAX_STANDARD, null, 30, List.of("6901234000078"));
    /** Made to order (6% catering VAT), sold from a quick key; it has no barcode. */
    public static final KnownProduct MILK_TEA = new KnownProduct("FT-MILKTEA-L", "珍珠奶茶 大杯", "Bubble Milk Tea Large",
            CATEGORY_FRESH_TEA, TAX_SERVICE, null, 1500, List.of());
    public static final KnownProduct CROISSANT = new KnownProduct("BK-CROISSANT", "牛角包", "Croissant", CATEGORY_BAKERY,
            TAX_STANDARD, null, 650, List.of());
    /** Weighed, 128.00 yuan per kg; the scale prints weight-embedded labels (prefix 25). */
    public static final KnownProduct CASHEWS = new KnownProduct("NU-CASHEW", "散装盐焗腰果", "Bulk Salt-baked Cashews",
            CATEGORY_NUTS, TAX_STANDARD, "10001", 12800, List.of());
    /** Weighed, 15.80 yuan per kg at 9% VAT; the scale prints price-embedded labels (prefix 20). */
    public static final KnownProduct APPLES = new KnownProduct("FR-APPLE", "富士苹果", "Fuji Apples", CATEGORY_FRUIT,
            TAX_AGRICULTURAL, "10002", 1580, List.of());
    /** Weighed vegetables are VAT exempt (0%). */
    public static final KnownProduct BOK_CHOY = new KnownProduct("VG-BOKCHOY", "上海青", "Bok Choy", CATEGORY_VEGETABLES,
            TAX_EXEMPT, "10003", 598, List.of());
    public static final KnownProduct BANANAS = new KnownProduct("FR-BANANA", "香蕉", "Bananas", CATEGORY_FRUIT,
            TAX_AGRICULTURAL, "10004", 698, List.of());

    /** Every known product, in the order the generator inserts them (before the generated ones). */
    public static final List<KnownProduct> PRODUCTS = List.of(COLA, WATER, CHIPS, YOGURT, OAT_BAR, JASMINE_TEA,
            SHOPPING_BAG, MILK_TEA, CROISSANT, CASHEWS, APPLES, BOK_CHOY, BANANAS);

    /** A label for 350 g of cashews: "25 10001 00350 7". */
    public static final String CASHEWS_350G_LABEL = DemoLabels.weightLabel(CASHEWS.scalePlu(), 350);
    /** A label for 7.90 yuan of apples (500 g): "20 10002 00790 5". */
    public static final String APPLES_790_LABEL = DemoLabels.priceLabel(APPLES.scalePlu(), 790);

    public static final DemoLogin CASHIER = new DemoLogin("1001", "王芳 Wang Fang", "CASHIER", "1111", 500, true);
    public static final DemoLogin CASHIER_2 = new DemoLogin("1002", "李强 Li Qiang", "CASHIER", "2222", 500, true);
    public static final DemoLogin SUPERVISOR = new DemoLogin("2001", "张敏 Zhang Min", "SUPERVISOR", "5555", 2000, true);
    public static final DemoLogin MANAGER = new DemoLogin("9001", "陈静 Chen Jing", "MANAGER", "9999", 10000, true);
    /** A cashier who has left: the login exists but is inactive and must be refused. */
    public static final DemoLogin FORMER_CASHIER = new DemoLogin("1099", "赵磊 Zhao Lei", "CASHIER", "1234", 500, false);
    public static final List<DemoLogin> LOGINS = List.of(CASHIER, CASHIER_2, SUPERVISOR, MANAGER, FORMER_CASHIER);

    /** A gold member found by card or phone, with 12,000 points. */
    public static final DemoMember MEMBER = new DemoMember("880000000001", "19900000001", "刘洋 Liu Yang", "GOLD",
            12_000);

    private DemoCatalog() {
    }

    /** A product the demo store always has; {@code scalePlu} is set for goods sold by weight (price per kg). */
    public record KnownProduct(String sku, String nameZh, String nameEn, String categoryCode, String taxClassCode,
            String scalePlu, long basePriceMinor, List<String> barcodes) {
        public KnownProduct {
            barcodes = List.copyOf(barcodes);
        }

        public boolean soldByWeight() {
            return scalePlu != null;
        }
    }

    /** A staff login with its demo PIN in clear (only the hash is stored). */
    public record DemoLogin(String loginCode, String name, String role, String pin, int maxDiscountBp, boolean active) {
        @Override
        public String toString() {
            return "DemoLogin[" + loginCode + " " + role + "]";
        }
    }

    public record DemoMember(String cardNo, String phone, String name, String tier, long pointsBalance) {
    }
}
