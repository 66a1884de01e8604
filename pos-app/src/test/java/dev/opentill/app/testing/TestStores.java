package dev.opentill.app.testing;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.security.PinHasher;
import dev.opentill.migrations.TillStore;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** A small known store for tests: a few products, a cashier, a supervisor and a member. */
public final class TestStores {
    public static final String COLA = Gtin.withCheckDigit("690123456789");
    public static final String CHIPS = Gtin.withCheckDigit("690123456790");
    public static final String TEA = Gtin.withCheckDigit("690123456791");
    /** Cashews sold by weight, 89.00 per kg, scale PLU 00042. */
    public static final String CASHEW_PLU = "00042";
    public static final String CASHIER_CODE = "1001";
    public static final String CASHIER_PIN = "1234";
    public static final String SUPERVISOR_CODE = "9001";
    public static final String SUPERVISOR_PIN = "9999";
    public static final String MEMBER_CARD = "88000001";
    public static final String MEMBER_PHONE = "13800000001";

    private TestStores() {
    }

    /** Fills a migrated store: cola 3.50 (13%), chips 6.80 (13%), tea 12.00 (9%), cashews by weight. */
    public static void fill(TillStore store) {
        DSLContext dsl = store.dsl();
        PinHasher hasher = new PinHasher(1000);
        OffsetDateTime now = OffsetDateTime.now();
        Map.of("store.code", "S0001", "terminal.code", "S0001-T01", "store.name.en", "Test Store", "store.name.zh",
                "测试店",
                "cash.rounding.step", "10", "cash.rounding.mode", "DOWN")
                .forEach((k, v) -> dsl.insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, k)
                        .set(STORE_SETTING.SETTING_VALUE, v).execute());
        dsl.insertInto(TAX_CLASS, TAX_CLASS.CODE, TAX_CLASS.NAME_ZH, TAX_CLASS.NAME_EN, TAX_CLASS.RATE_BP)
                .values("VAT13", "增值税13%", "VAT 13%", 1300).values("VAT9", "增值税9%", "VAT 9%", 900).execute();
        product(dsl, "COLA", "可口可乐 330ml", "Coca-Cola 330ml", "kkkl", "VAT13", 350, false, null, COLA, now);
        product(dsl, "CHIPS", "乐事薯片 原味", "Lay's Chips Original", "lspy", "VAT13", 680, false, null, CHIPS, now);
        product(dsl, "TEA", "铁观音 100g", "Tieguanyin Tea 100g", "tgy", "VAT9", 1200, false, null, TEA, now);
        product(dsl, "CASHEW", "腰果 散装", "Cashews (bulk)", "yg", "VAT9", 8900, true, CASHEW_PLU, null, now);
        cashier(dsl, hasher, CASHIER_CODE, "Li Na", "CASHIER", CASHIER_PIN, 500);
        cashier(dsl, hasher, SUPERVISOR_CODE, "Wang Wei", "SUPERVISOR", SUPERVISOR_PIN, 10000);
        dsl.insertInto(MEMBER).set(MEMBER.ID, UUID.randomUUID()).set(MEMBER.CARD_NO, MEMBER_CARD)
                .set(MEMBER.PHONE, MEMBER_PHONE)
                .set(MEMBER.NAME, "Zhang San").set(MEMBER.TIER, "GOLD").set(MEMBER.POINTS_BALANCE, 120L)
                .set(MEMBER.UPDATED_AT, now)
                .execute();
    }

    private static void product(DSLContext dsl, String sku, String zh, String en, String py, String tax, long price,
            boolean weighed,
            String plu, String barcode, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PRODUCT).set(PRODUCT.ID, id).set(PRODUCT.SKU, sku).set(PRODUCT.NAME_ZH, zh)
                .set(PRODUCT.NAME_EN, en)
                .set(PRODUCT.PINYIN_INITIALS, py).set(PRODUCT.TAX_CLASS_CODE, tax).set(PRODUCT.SOLD_BY_WEIGHT, weighed)
                .set(PRODUCT.SCALE_PLU, plu).set(PRODUCT.BASE_PRICE_MINOR, price).set(PRODUCT.UPDATED_AT, now)
                .execute();
        if (barcode != null) {
            dsl.insertInto(PRODUCT_BARCODE).set(PRODUCT_BARCODE.CODE, barcode).set(PRODUCT_BARCODE.PRODUCT_ID, id)
                    .execute();
        }
    }

    private static void cashier(DSLContext dsl, PinHasher h, String code, String name, String role, String pin,
            int maxDiscountBp) {
        dsl.insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, code).set(CASHIER.NAME, name)
                .set(CASHIER.ROLE, role).set(CASHIER.PIN_HASH, h.hash(pin)).set(CASHIER.MAX_DISCOUNT_BP, maxDiscountBp)
                .execute();
    }
}
