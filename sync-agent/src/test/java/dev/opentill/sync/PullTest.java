package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.PRICE_ENTRY;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.SYNC_CURSOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.sync.SaleEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.store.jooq.Tables;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;

class PullTest {
    private static CentralFixture central;

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
        central.seedTaxAndCategory();
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    @Test
    void aCatalogImportedAsCsvAndJsonArrivesWithPinyinInitialsBarcodesAndOnlyThisStoresPrices(@TempDir Path dir) {
        String storeA = CentralFixture.unique("S");
        String storeB = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, storeA, "T1", central.url());
                TillFixture b = TillFixture.enrolled(dir.resolve("b"), central, storeB, "T1", central.url());
                SyncAgent agentA = a.agent();
                SyncAgent agentB = b.agent()) {
            central.adminRaw("/products", "text/csv",
                    """
                            sku,name_zh,name_en,category_code,tax_class_code,base_price_minor,barcodes,sold_by_weight,scale_plu,active
                            CSV-1,咖啡,Coffee,DRINK,VAT13,1500,6901234567892|6901234567908,false,,true
                            CSV-2,"可口可乐 Cola, 330ml",Coke,DRINK,VAT13,350,6901234567915,false,,
                            """);
            central.admin("/products", List.of(Map.of("sku", "JSON-1", "nameZh", "绿茶", "nameEn", "Green tea",
                    "taxClassCode", "VAT13", "basePriceMinor", 800, "barcodes", List.of("6901234567922"))));
            central.adminRaw("/prices", "text/csv", """
                    sku,store_code,price_minor,valid_from,valid_to
                    CSV-1,,1400,2026-01-01T00:00:00Z,
                    CSV-1,%s,1300,2026-06-01T00:00:00Z,2027-01-01T00:00:00Z
                    """.formatted(storeA));

            assertThat(agentA.syncNow().lastError()).isNull();
            assertThat(agentB.syncNow().lastError()).isNull();

            var coffee = a.dsl().selectFrom(PRODUCT).where(PRODUCT.SKU.eq("CSV-1")).fetchSingle();
            assertThat(coffee.getPinyinInitials()).isEqualTo("kf");
            assertThat(coffee.getBasePriceMinor()).isEqualTo(1500);
            assertThat(a.dsl().select(PRODUCT.PINYIN_INITIALS).from(PRODUCT).where(PRODUCT.SKU.eq("CSV-2"))
                    .fetchSingle().value1()).isEqualTo("kkklc3");
            assertThat(a.dsl().select(PRODUCT_BARCODE.CODE).from(PRODUCT_BARCODE)
                    .where(PRODUCT_BARCODE.PRODUCT_ID.eq(coffee.getId())).fetch(PRODUCT_BARCODE.CODE))
                    .containsExactlyInAnyOrder("6901234567892", "6901234567908");
            assertThat(a.dsl().select(PRICE_ENTRY.PRICE_MINOR, PRICE_ENTRY.SOURCE).from(PRICE_ENTRY)
                    .where(PRICE_ENTRY.PRODUCT_ID.eq(coffee.getId())).orderBy(PRICE_ENTRY.VALID_FROM)
                    .fetch(r -> r.value1() + "/" + r.value2())).containsExactly("1400/chain", "1300/store");
            assertThat(b.dsl().select(PRICE_ENTRY.PRICE_MINOR).from(PRICE_ENTRY)
                    .where(PRICE_ENTRY.PRODUCT_ID.eq(coffee.getId())).fetch(PRICE_ENTRY.PRICE_MINOR))
                    .containsExactly(1400L);
            assertThat(b.dsl().fetchCount(PRODUCT, PRODUCT.SKU.in("CSV-1", "CSV-2", "JSON-1"))).isEqualTo(3);
        }
    }

    @Test
    void stockAndPointsShowTheCentresBalancePlusTheTillsEntriesItDoesNotYetInclude(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = till.agent()) {
            UUID product = central.products(CentralFixture.unique("STK"), 1).get(0);
            String card = CentralFixture.unique("M");
            central.admin("/members", List.of(Map.of("cardNo", card, "name", "王芳", "tier", "gold")));
            central.admin("/stores/" + store + "/stock-receipts",
                    Map.of("reference", "PO-1", "lines",
                            List.of(Map.of("sku", skuOf(product), "quantityMilli", 10_000))));
            central.central().publishNow();
            agent.syncNow();
            long received = LedgerView.stockOnHandMilli(till.dsl(), product);

            SaleEvent sale = till.sell(List.of(product, product), card);
            long afterSaleOffline = LedgerView.stockOnHandMilli(till.dsl(), product);
            agent.syncNow(); // pushed and acknowledged, but the centre has not folded it in yet
            long ackedNotPublished = LedgerView.stockOnHandMilli(till.dsl(), product);
            long pointsAckedNotPublished = LedgerView.pointsBalance(till.dsl(), card);
            central.central().publishNow();
            agent.syncNow();

            assertThat(received).isEqualTo(10_000);
            assertThat(afterSaleOffline).isEqualTo(8_000);
            assertThat(ackedNotPublished).isEqualTo(8_000);
            assertThat(pointsAckedNotPublished).isEqualTo(2);
            assertThat(LedgerView.stockOnHandMilli(till.dsl(), product)).isEqualTo(8_000);
            assertThat(LedgerView.pointsBalance(till.dsl(), card)).isEqualTo(2);
            assertThat(till.dsl().select(Tables.STOCK_BALANCE.BALANCE_MILLI)
                    .from(Tables.STOCK_BALANCE)
                    .where(Tables.STOCK_BALANCE.PRODUCT_ID.eq(product)).fetchSingle().value1())
                    .isEqualTo(8_000);
            assertThat(sale.points()).hasSize(2);
        }
    }

    @Test
    void aTransferAndAnAdjustmentReachEachStoresTillsAsItsOwnBalance(@TempDir Path dir) {
        String from = CentralFixture.unique("S");
        String to = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, from, "T1", central.url());
                TillFixture b = TillFixture.enrolled(dir.resolve("b"), central, to, "T1", central.url());
                SyncAgent agentA = a.agent();
                SyncAgent agentB = b.agent()) {
            UUID product = central.products(CentralFixture.unique("TRF"), 1).get(0);
            String sku = skuOf(product);
            central.admin("/stores/" + from + "/stock-receipts",
                    Map.of("reference", "PO-7", "lines", List.of(Map.of("sku", sku, "quantityMilli", 12_000))));
            central.admin("/stock-transfers", Map.of("reference", "TN-1", "fromStore", from, "toStore", to,
                    "lines", List.of(Map.of("sku", sku, "quantityMilli", 5_000))));
            central.admin("/stores/" + to + "/stock-adjustments", Map.of("reference", "COUNT-1", "reason", "damage",
                    "lines", List.of(Map.of("sku", sku, "quantityMilli", -1_000))));
            central.central().publishNow();
            agentA.syncNow();
            agentB.syncNow();

            assertThat(LedgerView.stockOnHandMilli(a.dsl(), product)).isEqualTo(7_000);
            assertThat(LedgerView.stockOnHandMilli(b.dsl(), product)).isEqualTo(4_000);
            var ledger = dev.opentill.central.jooq.Tables.STOCK_LEDGER;
            assertThat(central.dsl().select(ledger.REASON, ledger.REFERENCE, ledger.DELTA_MILLI).from(ledger)
                    .where(ledger.PRODUCT_ID.eq(product)).orderBy(ledger.DELTA_MILLI)
                    .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()))
                    .containsExactly("transfer_out TN-1 -5000", "damage COUNT-1 -1000", "transfer_in TN-1 5000",
                            "receipt PO-7 12000");
        }
    }

    @Test
    void promotionsReachOnlyTheirStoresTillsAndLeaveWhenEndedOrMoved(@TempDir Path dir) {
        String mine = CentralFixture.unique("S");
        String other = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, mine, "T1", central.url());
                TillFixture b = TillFixture.enrolled(dir.resolve("b"), central, other, "T1", central.url());
                SyncAgent agentA = a.agent();
                SyncAgent agentB = b.agent()) {
            UUID product = central.products(CentralFixture.unique("PRM"), 1).get(0);
            String sku = skuOf(product);
            String chainCode = CentralFixture.unique("ALL");
            String storeCode = CentralFixture.unique("HH");
            Map<String, Object> chain = new HashMap<>(Map.of("code", chainCode, "nameZh", "第二件半价",
                    "nameEn", "Second half price", "kind", "MULTI_BUY", "buyQuantity", 2, "bundlePriceMinor", 450,
                    "validFrom", "2026-11-01T00:00:00Z", "skus", List.of(sku)));
            Map<String, Object> happyHour = new HashMap<>(Map.of("code", storeCode, "nameZh", "下午茶",
                    "nameEn", "Tea time", "kind", "PERCENT_OFF", "percentOffBp", 2000, "storeCode", mine,
                    "validFrom", "2026-11-01T00:00:00Z", "days", List.of("SAT", "SUN"), "dailyFrom", "14:00",
                    "dailyTo", "17:00"));
            happyHour.put("skus", List.of(sku));
            central.admin("/promotions", List.of(chain, happyHour));
            agentA.syncNow();
            agentB.syncNow();

            var promotion = Tables.PROMOTION;
            assertThat(a.dsl().select(promotion.CODE).from(promotion).orderBy(promotion.CODE).fetch(promotion.CODE))
                    .containsExactlyInAnyOrder(chainCode, storeCode);
            assertThat(a.dsl().select(promotion.DAILY_FROM).from(promotion).where(promotion.CODE.eq(storeCode))
                    .fetchSingle().value1()).isEqualTo(LocalTime.of(14, 0));
            assertThat(b.dsl().select(promotion.CODE).from(promotion).fetch(promotion.CODE)).containsExactly(chainCode);

            // The chain promotion ends; the happy hour moves to the other store.
            chain.put("active", false);
            happyHour.put("storeCode", other);
            central.admin("/promotions", List.of(chain, happyHour));
            agentA.syncNow();
            agentB.syncNow();

            assertThat(a.dsl().fetchCount(promotion)).isZero();
            assertThat(b.dsl().select(promotion.CODE).from(promotion).fetch(promotion.CODE)).containsExactly(storeCode);
            assertThat(b.dsl().fetchCount(Tables.PROMOTION_PRODUCT)).isEqualTo(1);
        }
    }

    @Test
    void aPromotionsWholeRulesReachTheTillAsTheCentreStoredThem(@TempDir Path dir) throws Exception {
        String store = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, store, "T1", central.url());
                SyncAgent agent = a.agent()) {
            UUID product = central.products(CentralFixture.unique("CUP"), 1).get(0);
            String code = CentralFixture.unique("CUP2");
            central.admin("/promotions", List.of(Map.of("code", code, "nameZh", "第二杯半价", "nameEn",
                    "Second cup half price", "kind", "NTH_ITEM", "buyQuantity", 2, "percentOffBp", 5000,
                    "validFrom", "2026-11-01T00:00:00Z", "skus", List.of(skuOf(product)), "usesPerTicket", 3,
                    "storeCode", store)));
            agent.syncNow();

            var promotion = Tables.PROMOTION;
            String kept = a.dsl().select(promotion.RULES).from(promotion).where(promotion.CODE.eq(code))
                    .fetchSingle().value1();
            PromotionRules rules = SyncJson.mapper().readValue(kept, PromotionRules.class);
            assertThat(rules.reward().reward()).isEqualTo(new Reward.NthItem(2, 5000));
            assertThat(rules.conditions().products()).containsExactly(product);
            assertThat(rules.limits().usesPerTicket()).isEqualTo(3);
        }
    }

    @Test
    void aPromotionWithImpossibleTermsIsRefusedWholeAndNamed() {
        UUID product = central.products(CentralFixture.unique("BAD"), 1).get(0);
        String code = CentralFixture.unique("ZERO");
        String good = CentralFixture.unique("GOOD");
        var terms = List.of(Map.of("code", good, "nameZh", "好", "nameEn", "Good", "kind", "PERCENT_OFF",
                "percentOffBp", 500, "validFrom", "2026-11-01T00:00:00Z", "skus", List.of(skuOf(product))),
                Map.of("code", code, "nameZh", "零", "nameEn", "Zero", "kind", "PERCENT_OFF", "percentOffBp", 0,
                        "validFrom", "2026-11-01T00:00:00Z", "skus", List.of(skuOf(product))));

        Assertions.assertThatThrownBy(() -> central.admin("/promotions", terms))
                .hasMessageContaining("400")
                .hasMessageContaining("promotion " + code + " percentOffBp must be 1-10000");
        assertThat(central.dsl().fetchCount(dev.opentill.central.jooq.Tables.PROMOTION,
                dev.opentill.central.jooq.Tables.PROMOTION.CODE.in(code, good))).isZero();
    }

    @Test
    void aCouponRedeemedOnOneTillLeavesTheOthersAndASecondOfflineUseIsFlagged(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, store, "T1", central.url());
                TillFixture b = TillFixture.another(dir.resolve("b"), central, store, "T2");
                SyncAgent agentA = a.agent();
                SyncAgent agentB = b.agent()) {
            UUID product = central.products(CentralFixture.unique("CPN"), 1).get(0);
            String code = CentralFixture.unique("CP");
            central.admin("/coupons", List.of(Map.of("code", code, "nameZh", "五元券", "nameEn", "5 off",
                    "amountOffMinor", 500, "minSpendMinor", 1000, "storeCode", store,
                    "validFrom", "2026-11-01T00:00:00Z")));
            agentA.syncNow();
            agentB.syncNow();
            var coupon = Tables.COUPON;
            UUID id = a.dsl().select(coupon.ID).from(coupon).where(coupon.CODE.eq(code)).fetchSingle().value1();
            assertThat(b.dsl().fetchCount(coupon, coupon.CODE.eq(code))).isEqualTo(1);

            // Both tills take it while offline from each other; A's sale is the earlier one.
            Instant now = Instant.now();
            a.sell(List.of(product, product), null, now.minusSeconds(60),
                    List.of(new SaleEvent.CouponUse(id, code, 500)));
            b.sell(List.of(product, product), null, now, List.of(new SaleEvent.CouponUse(id, code, 500)));
            agentB.syncNow();
            agentA.syncNow();
            central.central().publishNow();
            agentA.syncNow();
            agentB.syncNow();

            var centre = dev.opentill.central.jooq.Tables.COUPON;
            var redemptions = dev.opentill.central.jooq.Tables.COUPON_REDEMPTION;
            assertThat(central.dsl().select(centre.REDEEMED_AT).from(centre).where(centre.ID.eq(id)).fetchSingle()
                    .value1())
                    .isNotNull();
            assertThat(central.dsl().select(redemptions.ACCEPTED).from(redemptions).where(redemptions.COUPON_ID.eq(id))
                    .orderBy(redemptions.REDEEMED_AT).fetch(redemptions.ACCEPTED)).containsExactly(true, false);
            assertThat(a.dsl().fetchCount(coupon, coupon.CODE.eq(code))).isZero();
            assertThat(b.dsl().fetchCount(coupon, coupon.CODE.eq(code))).isZero();
        }
    }

    @Test
    void pickupOrdersComeToTheirStoreAndLeaveWhenCollectedOrCancelled(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        String other = CentralFixture.unique("S");
        try (TillFixture a = TillFixture.enrolled(dir.resolve("a"), central, store, "T1", central.url());
                TillFixture b = TillFixture.enrolled(dir.resolve("b"), central, other, "T1", central.url());
                SyncAgent agentA = a.agent();
                SyncAgent agentB = b.agent()) {
            UUID product = central.products(CentralFixture.unique("ORD"), 1).get(0);
            String sku = skuOf(product);
            String collected = CentralFixture.unique("WX");
            String cancelled = CentralFixture.unique("WX");
            central.admin("/pickup-orders", List.of(
                    Map.of("orderNo", collected, "storeCode", store, "customerName", "陈静",
                            "lines", List.of(Map.of("sku", sku, "quantityMilli", 2000, "amountMinor", 2200))),
                    Map.of("orderNo", cancelled, "storeCode", store,
                            "lines", List.of(Map.of("sku", sku, "quantityMilli", 1000, "amountMinor", 1200)))));
            agentA.syncNow();
            agentB.syncNow();
            var order = Tables.PICKUP_ORDER;
            assertThat(a.dsl().select(order.ORDER_NO).from(order).fetch(order.ORDER_NO))
                    .containsExactlyInAnyOrder(collected, cancelled);
            assertThat(a.dsl().select(order.PAID_MINOR).from(order).where(order.ORDER_NO.eq(collected)).fetchSingle()
                    .value1()).isEqualTo(2200L);
            assertThat(b.dsl().fetchCount(order)).isZero();

            a.collect(List.of(product, product), collected);
            central.adminRaw("/pickup-orders/" + cancelled + "/cancel", "application/json", "{}");
            agentA.syncNow();
            central.central().publishNow();
            agentA.syncNow();

            var centre = dev.opentill.central.jooq.Tables.PICKUP_ORDER;
            assertThat(central.dsl().select(centre.ORDER_NO, centre.STATUS).from(centre)
                    .where(centre.ORDER_NO.in(collected, cancelled)).orderBy(centre.ORDER_NO)
                    .fetch(r -> r.value1() + " " + r.value2()))
                    .containsExactlyInAnyOrder(collected + " COLLECTED", cancelled + " CANCELLED");
            assertThat(a.dsl().fetchCount(order)).isZero();
            assertThat(Assertions.catchThrowable(() -> central.adminRaw(
                    "/pickup-orders/" + collected + "/cancel", "application/json", "{}"))).hasMessageContaining("409");
        }
    }

    @Test
    void aLargeFeedArrivesInPagesEachCommittedWithItsCursor(@TempDir Path dir) {
        String store = CentralFixture.unique("S");
        central.products(CentralFixture.unique("PAGE"), 1200);
        try (TillFixture till = TillFixture.enrolled(dir, central, store, "T1", central.url());
                SyncAgent agent = SyncAgent.create(till.store(), TillFixture.testConfig().withBatches(100, 250))) {
            List<Long> positions = new CopyOnWriteArrayList<>();
            agent.addListener(s -> positions.add(s.feedPosition()));

            SyncStatus status = agent.syncNow();

            long products = central.dsl().fetchCount(dev.opentill.central.jooq.Tables.PRODUCT);
            assertThat(status.lastError()).isNull();
            assertThat(till.dsl().fetchCount(PRODUCT)).isEqualTo(products);
            assertThat(till.dsl().select(SYNC_CURSOR.POSITION).from(SYNC_CURSOR).fetchSingle().value1())
                    .isEqualTo(status.feedPosition()).isPositive();
        }
    }

    private static String skuOf(UUID product) {
        var p = dev.opentill.central.jooq.Tables.PRODUCT;
        return central.dsl().select(p.SKU).from(p).where(p.ID.eq(product)).fetchSingle(p.SKU);
    }
}
