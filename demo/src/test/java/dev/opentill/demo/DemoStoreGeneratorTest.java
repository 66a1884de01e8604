package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.CATEGORY;
import static dev.opentill.store.jooq.Tables.MEMBER;
import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.catalog.PinyinInitials;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.barcode.MeasureKind;
import dev.opentill.core.barcode.ScanResult;
import dev.opentill.core.security.PinHasher;
import dev.opentill.migrations.TillStore;
import dev.opentill.store.jooq.tables.records.ProductRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.store.jooq.Tables;
import dev.opentill.store.jooq.tables.records.PriceEntryRecord;

class DemoStoreGeneratorTest {
    static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    static final int PRODUCTS = 800;

    @TempDir
    static Path dir;
    static TillStore store;
    static DemoSummary summary;

    @BeforeAll
    static void generate() {
        store = TillStore.open(dir.resolve("till"));
        summary = new DemoStoreGenerator(store.dsl(), Clock.fixed(NOW, ZoneOffset.UTC), new PinHasher())
                .generate(PRODUCTS, DemoStoreGenerator.DEFAULT_SEED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    DSLContext dsl() {
        return store.dsl();
    }

    @Test
    void theStoreHoldsTheRequestedNumberOfProductsAndTheirReferenceData() {
        assertThat(dsl().fetchCount(PRODUCT)).isEqualTo(PRODUCTS);
        assertThat(dsl().fetchCount(STOCK_BALANCE)).isEqualTo(PRODUCTS);
        assertThat(dsl().fetchCount(TAX_CLASS)).isEqualTo(4);
        assertThat(dsl().fetchCount(CATEGORY)).isEqualTo(13);
        assertThat(dsl().fetchCount(CASHIER)).isEqualTo(DemoCatalog.LOGINS.size());
        assertThat(dsl().fetchCount(MEMBER)).isEqualTo(DemoStoreGenerator.defaultMembers(PRODUCTS));
        assertThat(dsl().fetchCount(PRODUCT_BARCODE)).isEqualTo(summary.barcodes()).isGreaterThan(PRODUCTS * 9 / 10);
        assertThat(dsl().fetchCount(PRICE_ENTRY)).isEqualTo(summary.priceEntries()).isGreaterThanOrEqualTo(3);
        assertThat(dsl().fetchCount(PRODUCT, PRODUCT.SOLD_BY_WEIGHT.isTrue())).isEqualTo(summary.weighedProducts())
                .isGreaterThan(DemoCatalog.PRODUCTS.size());
    }

    @Test
    void taxClassesAreThirteenNineSixAndZeroPercentWithBilingualNames() {
        assertThat(dsl().selectFrom(TAX_CLASS).fetch(TAX_CLASS.RATE_BP)).containsExactlyInAnyOrder(1300, 900, 600, 0);
        assertThat(dsl().selectFrom(TAX_CLASS).fetch())
                .allSatisfy(t -> assertThat(t.getNameZh()).isNotBlank().isNotEqualTo(t.getNameEn()));
    }

    @Test
    void everyBarcodeIsAValidNormalisedCodeThatScansToItsProduct() {
        BarcodeParser scanner = BarcodeParser.withDefaultLayouts();
        var rows = dsl().select(PRODUCT_BARCODE.CODE, PRODUCT.ID).from(PRODUCT_BARCODE)
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PRODUCT_BARCODE.PRODUCT_ID)).fetch();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            String code = r.value1();
            assertThat(Gtin.hasValidCheckDigit(code)).as(code).isTrue();
            assertThat(BarcodeParser.normalise(code)).isEqualTo(code);
            assertThat(scanner.parse(code)).isEqualTo(new ScanResult.ProductCode(code));
            assertThat(r.value2()).as("product of " + code).isNotNull();
        });
    }

    @Test
    void someProductsHaveASecondBarcodeStoredInItsEan13Form() {
        var upcs = dsl().selectFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.CODE.startsWith("007")).fetch();
        assertThat(upcs).hasSizeGreaterThan(5);
        BarcodeParser scanner = BarcodeParser.withDefaultLayouts();
        assertThat(upcs).allSatisfy(b -> {
            String upcA = b.getCode().substring(1);
            assertThat(scanner.parse(upcA)).isEqualTo(new ScanResult.ProductCode(b.getCode()));
            assertThat(dsl().fetchCount(PRODUCT_BARCODE, PRODUCT_BARCODE.PRODUCT_ID.eq(b.getProductId()))).isEqualTo(2);
        });
    }

    @Test
    void theKnownBarcodesFindTheKnownProducts() {
        assertThat(skuOfBarcode(DemoCatalog.COLA.barcodes().get(0))).isEqualTo(DemoCatalog.COLA.sku());
        assertThat(skuOfBarcode(BarcodeParser.normalise(DemoCatalog.OAT_BAR_UPC_A)))
                .isEqualTo(DemoCatalog.OAT_BAR.sku());
        assertThat(skuOfBarcode("69012358")).isEqualTo(DemoCatalog.WATER.sku());
        for (DemoCatalog.KnownProduct k : DemoCatalog.PRODUCTS) {
            ProductRecord p = dsl().selectFrom(PRODUCT).where(PRODUCT.SKU.eq(k.sku())).fetchSingle();
            assertThat(p.getNameZh()).isEqualTo(k.nameZh());
            assertThat(p.getBasePriceMinor()).isEqualTo(k.basePriceMinor());
            assertThat(p.getScalePlu()).isEqualTo(k.scalePlu());
            assertThat(dsl().fetchCount(PRODUCT_BARCODE, PRODUCT_BARCODE.PRODUCT_ID.eq(p.getId())))
                    .isEqualTo(k.barcodes().size());
        }
    }

    @Test
    void everyWeighedProductsSampleLabelsScanToItsPlu() {
        BarcodeParser scanner = BarcodeParser.withDefaultLayouts();
        var weighed = dsl().selectFrom(PRODUCT).where(PRODUCT.SOLD_BY_WEIGHT.isTrue()).fetch();
        assertThat(weighed).isNotEmpty().allSatisfy(p -> {
            String plu = p.getScalePlu();
            assertThat(plu).matches("\\d{5}");
            assertThat(dsl().fetchCount(PRODUCT_BARCODE, PRODUCT_BARCODE.PRODUCT_ID.eq(p.getId()))).isZero();
            assertThat(scanner.parse(DemoLabels.weightLabel(plu, 350)))
                    .isEqualTo(new ScanResult.VariableMeasure(plu, MeasureKind.WEIGHT, 350,
                            DemoLabels.weightLabel(plu, 350)));
            assertThat(scanner.parse(DemoLabels.priceLabel(plu, 1234)))
                    .isEqualTo(new ScanResult.VariableMeasure(plu, MeasureKind.PRICE, 1234,
                            DemoLabels.priceLabel(plu, 1234)));
        });
        assertThat(dsl().fetchCount(PRODUCT, PRODUCT.SOLD_BY_WEIGHT.isFalse().and(PRODUCT.SCALE_PLU.isNotNull())))
                .isZero();
    }

    @Test
    void theDocumentedScaleLabelsScanToTheCashewsAndApples() {
        BarcodeParser scanner = BarcodeParser.withDefaultLayouts();
        var cashews = (ScanResult.VariableMeasure) scanner.parse(DemoCatalog.CASHEWS_350G_LABEL);
        assertThat(cashews.itemCode()).isEqualTo(DemoCatalog.CASHEWS.scalePlu());
        assertThat(cashews.value()).isEqualTo(350);
        assertThat(DemoCatalog.CASHEWS_350G_LABEL).isEqualTo("2510001003507");
        var apples = (ScanResult.VariableMeasure) scanner.parse(DemoCatalog.APPLES_790_LABEL);
        assertThat(apples.itemCode()).isEqualTo(DemoCatalog.APPLES.scalePlu());
        assertThat(apples.value()).isEqualTo(790);
        assertThat(DemoCatalog.APPLES_790_LABEL).isEqualTo("2010002007905");
        assertThat(dsl().fetchValue(PRODUCT.SKU, PRODUCT.SCALE_PLU.eq(cashews.itemCode()))).isEqualTo("NU-CASHEW");
    }

    @Test
    void theDemoPinsVerifyAgainstTheStoredHashesAndWrongPinsDoNot() {
        for (DemoCatalog.DemoLogin login : DemoCatalog.LOGINS) {
            var row = dsl().selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(login.loginCode())).fetchSingle();
            assertThat(row.getPinHash()).doesNotContain(login.pin());
            assertThat(PinHasher.verify(login.pin(), row.getPinHash())).as(login.loginCode()).isTrue();
            assertThat(PinHasher.verify("0000", row.getPinHash())).isFalse();
            assertThat(row.getRole()).isEqualTo(login.role());
            assertThat(row.getActive()).isEqualTo(login.active());
        }
    }

    @Test
    void cashiersHaveASmallDiscountLimitAndTheManagerAnUnlimitedOne() {
        assertThat(dsl().fetchValue(CASHIER.MAX_DISCOUNT_BP, CASHIER.LOGIN_CODE.eq(DemoCatalog.CASHIER.loginCode())))
                .isEqualTo(500);
        assertThat(dsl().fetchValue(CASHIER.MAX_DISCOUNT_BP, CASHIER.LOGIN_CODE.eq(DemoCatalog.MANAGER.loginCode())))
                .isEqualTo(10_000);
        assertThat(dsl().selectFrom(CASHIER).fetch(CASHIER.ROLE)).contains("CASHIER", "SUPERVISOR", "MANAGER");
    }

    @Test
    void storePricesIncludeOneCurrentOneExpiredAndOneFuturePromotion() {
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        assertThat(priceOf(DemoCatalog.COLA).getValidFrom()).isBefore(now);
        assertThat(priceOf(DemoCatalog.COLA).getValidTo()).isAfter(now);
        assertThat(priceOf(DemoCatalog.COLA).getPriceMinor()).isEqualTo(DemoCatalog.COLA_PROMO_PRICE_MINOR);
        assertThat(priceOf(DemoCatalog.CHIPS).getValidTo()).isBefore(now);
        assertThat(priceOf(DemoCatalog.YOGURT).getValidFrom()).isAfter(now);
        assertThat(dsl().selectFrom(PRICE_ENTRY).fetch())
                .allSatisfy(e -> assertThat(e.getValidTo()).isAfter(e.getValidFrom()));
    }

    @Test
    void theDemoHasAPromotionOnWaterACouponAndAnOrderToCollect() {
        var promotion = Tables.PROMOTION;
        var covered = Tables.PROMOTION_PRODUCT;
        assertThat(dsl().select(promotion.CODE, promotion.BUNDLE_PRICE_MINOR).from(promotion)
                .fetch(r -> r.value1() + " " + r.value2())).containsExactly("DEMO-WATER2 300");
        assertThat(dsl().select(PRODUCT.SKU).from(covered).join(PRODUCT).on(PRODUCT.ID.eq(covered.PRODUCT_ID))
                .fetch(PRODUCT.SKU)).containsExactly(DemoCatalog.WATER.sku());
        var coupon = Tables.COUPON;
        assertThat(dsl().select(coupon.CODE, coupon.AMOUNT_OFF_MINOR, coupon.MIN_SPEND_MINOR).from(coupon)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3())).containsExactly("CPDEMO5 500 3000");
        var order = Tables.PICKUP_ORDER;
        assertThat(dsl().select(order.ORDER_NO, order.PAID_MINOR).from(order).fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("WXDEMO0001 500");
    }

    @Test
    void quickKeysAreNumberedOnlyInQuickKeyCategories() {
        var quickCategories = dsl().select(CATEGORY.CODE).from(CATEGORY).where(CATEGORY.QUICK_KEY.isTrue())
                .fetchSet(CATEGORY.CODE);
        assertThat(quickCategories).contains(DemoCatalog.CATEGORY_DRINKS, DemoCatalog.CATEGORY_FRESH_TEA,
                DemoCatalog.CATEGORY_FRUIT);
        var keyed = dsl().selectFrom(PRODUCT).where(PRODUCT.QUICK_KEY_ORDER.isNotNull()).fetch();
        assertThat(keyed).allSatisfy(p -> assertThat(quickCategories).contains(p.getCategoryCode()));
        assertThat(keyed).extracting(ProductRecord::getCategoryCode).containsAll(quickCategories);
        assertThat(dsl().fetchValue(PRODUCT.QUICK_KEY_ORDER, PRODUCT.SKU.eq(DemoCatalog.COLA.sku()))).isEqualTo(1);
    }

    @Test
    void everyProductHasBilingualNamesPinyinInitialsAPriceAndATaxClass() {
        assertThat(dsl().selectFrom(PRODUCT).fetch()).allSatisfy(p -> {
            assertThat(p.getNameZh()).isNotBlank();
            assertThat(p.getNameEn()).isNotBlank().matches("[ -~]+");
            assertThat(p.getPinyinInitials()).isEqualTo(PinyinInitials.of(p.getNameZh())).isNotEmpty();
            assertThat(p.getBasePriceMinor()).isPositive();
            assertThat(p.getTaxClassCode()).startsWith("VAT");
        });
        assertThat(dsl().fetchValue(PRODUCT.PINYIN_INITIALS, PRODUCT.SKU.eq(DemoCatalog.COLA.sku())))
                .isEqualTo("lqkl3");
    }

    @Test
    void theStoreSettingsDescribeStoreS0001SellingInYuanWithInclusiveTax() {
        Map<String, String> settings = dsl().selectFrom(STORE_SETTING).fetchMap(STORE_SETTING.SETTING_KEY,
                STORE_SETTING.SETTING_VALUE);
        assertThat(settings).containsEntry("store.code", "S0001").containsEntry("terminal.code", "S0001-T01")
                .containsEntry("currency", "CNY").containsEntry("tax.mode", "INCLUSIVE")
                .containsEntry("tax.rounding", "PER_TOTAL").containsEntry("cash.rounding.step", "10")
                .containsEntry("cash.rounding.mode", "DOWN")
                .containsKeys("store.name.zh", "store.name.en", "store.address", "store.phone", "store.tax_id",
                        "receipt.footer.zh", "receipt.footer.en");
    }

    @Test
    void theKnownMemberIsFoundByCardAndByPhone() {
        var byCard = dsl().selectFrom(MEMBER).where(MEMBER.CARD_NO.eq(DemoCatalog.MEMBER.cardNo())).fetchSingle();
        assertThat(byCard.getPhone()).isEqualTo(DemoCatalog.MEMBER.phone());
        assertThat(byCard.getPointsBalance()).isEqualTo(DemoCatalog.MEMBER.pointsBalance());
        assertThat(dsl().fetchCount(MEMBER, MEMBER.PHONE.eq(DemoCatalog.MEMBER.phone()))).isEqualTo(1);
        assertThat(dsl().selectDistinct(MEMBER.TIER).from(MEMBER).fetch(MEMBER.TIER)).hasSizeGreaterThan(2);
    }

    @Test
    void stockIsCountedInUnitsForPackagedGoodsAndGramsForWeighedOnes() {
        assertThat(dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE).fetch(STOCK_BALANCE.BALANCE_MILLI))
                .allSatisfy(b -> assertThat(b).isNotNegative());
        assertThat(dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE).join(PRODUCT)
                .on(PRODUCT.ID.eq(STOCK_BALANCE.PRODUCT_ID)).where(PRODUCT.SOLD_BY_WEIGHT.isFalse())
                .fetch(STOCK_BALANCE.BALANCE_MILLI)).allSatisfy(b -> assertThat(b % 1000).isZero());
    }

    @Test
    void aStoreThatHoldsACatalogIsNotFilledAgain() {
        assertThat(DemoStoreGenerator.isEmpty(dsl())).isFalse();
        assertThatThrownBy(() -> new DemoStoreGenerator(dsl()).generate(100, 1))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dsl().fetchCount(PRODUCT)).isEqualTo(PRODUCTS);
    }

    private String skuOfBarcode(String code) {
        return dsl().select(PRODUCT.SKU).from(PRODUCT).join(PRODUCT_BARCODE)
                .on(PRODUCT_BARCODE.PRODUCT_ID.eq(PRODUCT.ID))
                .where(PRODUCT_BARCODE.CODE.eq(code)).fetchOne(PRODUCT.SKU);
    }

    private PriceEntryRecord priceOf(DemoCatalog.KnownProduct k) {
        UUID id = dsl().fetchValue(PRODUCT.ID, PRODUCT.SKU.eq(k.sku()));
        return dsl().selectFrom(PRICE_ENTRY).where(PRICE_ENTRY.PRODUCT_ID.eq(id)).fetchSingle();
    }
}
