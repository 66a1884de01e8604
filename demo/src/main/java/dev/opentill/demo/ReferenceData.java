package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.CATEGORY;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import dev.opentill.core.security.PinHasher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The demo store's settings, tax classes, categories and staff: small tables written in one go. */
final class ReferenceData {
    static final int CASHIER_ID_KIND = 4;

    private ReferenceData() {
    }

    record Counts(int taxClasses, int categories, int cashiers, int settings) {
    }

    private record TaxClassRow(String code, String nameZh, String nameEn, int rateBp) {
    }

    /** The store settings the till reads (see TillConfig), for store S0001 and its first terminal. */
    static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("store.code", "S0001");
        s.put("terminal.code", "S0001-T01");
        s.put("store.name.zh", "开源茶点铺 人民路店");
        s.put("store.name.en", "OpenTill Tea & Snacks, Renmin Road");
        s.put("store.address", "上海市黄浦区人民路 100 号 / 100 Renmin Road, Huangpu, Shanghai");
        s.put("store.phone", "021-5550-0100");
        s.put("store.tax_id", "91310000DEMO00001X");
        s.put("currency", "CNY");
        s.put("tax.mode", "INCLUSIVE");
        s.put("tax.rounding", "PER_TOTAL");
        s.put("cash.rounding.step", "10");
        s.put("cash.rounding.mode", "DOWN");
        s.put("points.per.yuan", "1");
        s.put("receipt.footer.zh", "谢谢惠顾，欢迎再次光临！\n凭小票七日内可退换");
        s.put("receipt.footer.en", "Thank you for shopping with us!\nReturns within 7 days with this receipt");
        return s;
    }

    static Counts insert(DSLContext tx, long seed, PinHasher pinHasher) {
        Map<String, String> settings = settings();
        settings.forEach((k, v) -> tx.insertInto(STORE_SETTING)
                .set(STORE_SETTING.SETTING_KEY, k).set(STORE_SETTING.SETTING_VALUE, v).execute());

        List<TaxClassRow> taxClasses = List.of(
                new TaxClassRow(DemoCatalog.TAX_STANDARD, "增值税 13%", "VAT 13%", 1300),
                new TaxClassRow(DemoCatalog.TAX_AGRICULTURAL, "增值税 9%（农产品）", "VAT 9% (agricultural)", 900),
                new TaxClassRow(DemoCatalog.TAX_SERVICE, "增值税 6%（现制饮品）", "VAT 6% (made to order)", 600),
                new TaxClassRow(DemoCatalog.TAX_EXEMPT, "免税（蔬菜）", "VAT exempt (vegetables)", 0));
        for (TaxClassRow t : taxClasses) {
            tx.insertInto(TAX_CLASS).set(TAX_CLASS.CODE, t.code()).set(TAX_CLASS.NAME_ZH, t.nameZh())
                    .set(TAX_CLASS.NAME_EN, t.nameEn()).set(TAX_CLASS.RATE_BP, t.rateBp()).execute();
        }

        List<DemoCategory> categories = ProductFactory.allCategories();
        int order = 0;
        for (DemoCategory c : categories) {
            tx.insertInto(CATEGORY).set(CATEGORY.CODE, c.code()).set(CATEGORY.NAME_ZH, c.nameZh())
                    .set(CATEGORY.NAME_EN, c.nameEn()).set(CATEGORY.SORT_ORDER, (order += 10))
                    .set(CATEGORY.QUICK_KEY, c.quickKey()).execute();
        }

        long index = 0;
        for (DemoCatalog.DemoLogin login : DemoCatalog.LOGINS) {
            tx.insertInto(CASHIER).set(CASHIER.ID, DemoIds.id(seed, CASHIER_ID_KIND, index++))
                    .set(CASHIER.LOGIN_CODE, login.loginCode()).set(CASHIER.NAME, login.name())
                    .set(CASHIER.ROLE, login.role()).set(CASHIER.PIN_HASH, pinHasher.hash(login.pin()))
                    .set(CASHIER.MAX_DISCOUNT_BP, login.maxDiscountBp()).set(CASHIER.ACTIVE, login.active()).execute();
        }
        return new Counts(taxClasses.size(), categories.size(), DemoCatalog.LOGINS.size(), settings.size());
    }
}
