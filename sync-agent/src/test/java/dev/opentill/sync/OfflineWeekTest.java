package dev.opentill.sync;

import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.STOCK_BALANCE;
import static dev.opentill.central.jooq.Tables.STOCK_LEDGER;
import static dev.opentill.central.jooq.Tables.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sync.SaleEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.sync.internal.TillSettings;

class OfflineWeekTest {
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
    void aWeekOfOfflineSellingOnTwoTillsDrainsAndCountsEverySaleStockAndPointsEntryOnce(@TempDir Path dir)
            throws Exception {
        String store = CentralFixture.unique("S");
        List<UUID> products = central.products(CentralFixture.unique("WEEK"), 20);
        String card = CentralFixture.unique("M");
        central.admin("/members", List.of(Map.of("cardNo", card, "name", "李雷", "tier", "silver")));
        Random random = new Random(42);
        Map<UUID, Long> sold = new HashMap<>();
        int sales = 0;
        int stockEntries = 0;
        int points = 0;
        try (FaultProxy proxy = new FaultProxy(central.port())) {
            proxy.down(true);
            String code2 = null;
            try (TillFixture t1 = TillFixture.enrolled(dir.resolve("t1"), central, store, "T1", proxy.url())) {
                central.admin("/stores/" + store + "/terminals", Map.of("code", "T2"));
                code2 = central.admin("/stores/" + store + "/terminals/T2/enrollment-codes", Map.of()).get("code")
                        .asText();
                try (TillFixture t2 = new TillFixture(dir.resolve("t2"), store, "T2")) {
                    Enrollment.enroll(t2.dsl(), central.url(), code2, "t2");
                    TillSettings.put(t2.dsl(),
                            TillSettings.SYNC_URL,
                            proxy.url());
                    try (SyncAgent a1 = t1.agent().start(); SyncAgent a2 = t2.agent().start()) {
                        Instant monday = Instant.parse("2026-11-09T01:00:00Z");
                        for (int day = 0; day < 7; day++) {
                            for (int i = 0; i < 60; i++) {
                                TillFixture till = i % 2 == 0 ? t1 : t2;
                                List<UUID> lines = new ArrayList<>();
                                for (int l = 0, n = 1 + random.nextInt(5); l < n; l++) {
                                    lines.add(products.get(random.nextInt(products.size())));
                                }
                                String member = i % 3 == 0 ? card : null;
                                SaleEvent e = till.sell(lines, member,
                                        monday.plus(Duration.ofDays(day)).plusSeconds(i * 600L));
                                (i % 2 == 0 ? a1 : a2).nudge();
                                lines.forEach(p -> sold.merge(p, 1000L, Long::sum));
                                sales++;
                                stockEntries += e.stock().size();
                                points += e.points().size();
                            }
                        }
                        SyncStatus offline = a1.status();
                        assertThat(offline.online()).isFalse();
                        assertThat(offline.lastError().kind()).isEqualTo(SyncError.Kind.UNREACHABLE);
                        assertThat(t1.pending() + t2.pending()).isEqualTo(sales);

                        proxy.down(false);
                        FaultInjectionTest.await(() -> t1.pending() == 0 && t2.pending() == 0);
                    }
                    central.central().publishNow();
                    UUID storeId = central.dsl().select(STORE.ID).from(STORE).where(STORE.CODE.eq(store))
                            .fetchSingle(STORE.ID);
                    assertThat(central.dsl().fetchCount(SALE, SALE.STORE_ID.eq(storeId))).isEqualTo(sales);
                    assertThat(central.dsl().fetchCount(STOCK_LEDGER, STOCK_LEDGER.STORE_ID.eq(storeId)))
                            .isEqualTo(stockEntries);
                    assertThat(central.dsl().fetchCount(POINTS_LEDGER, POINTS_LEDGER.STORE_ID.eq(storeId)))
                            .isEqualTo(points);
                    assertThat(central.dsl().select(MEMBER.POINTS_BALANCE).from(MEMBER).where(MEMBER.CARD_NO.eq(card))
                            .fetchSingle().value1()).isEqualTo(points);
                    for (var e : sold.entrySet()) {
                        assertThat(central.dsl().select(STOCK_BALANCE.BALANCE_MILLI).from(STOCK_BALANCE)
                                .where(STOCK_BALANCE.STORE_ID.eq(storeId)).and(STOCK_BALANCE.PRODUCT_ID.eq(e.getKey()))
                                .fetchSingle().value1()).isEqualTo(-e.getValue());
                    }
                    try (SyncAgent a1 = t1.agent()) {
                        a1.syncNow();
                    }
                    for (var e : sold.entrySet()) {
                        assertThat(LedgerView.stockOnHandMilli(t1.dsl(), e.getKey())).isEqualTo(-e.getValue());
                    }
                    assertThat(LedgerView.pointsBalance(t1.dsl(), card)).isEqualTo(points);
                }
            }
        }
    }
}
