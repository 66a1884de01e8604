package dev.opentill.demo;

import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.SALE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.ComboPick;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.OptionPricer;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-to-order menu from end to end: imported as JSON at a real centre on loopback, carried
 * down the feed to an enrolled till, and priced there by the till's {@code Ordering}: a cup with
 * four option groups and a combo, to the fen.
 */
class MenuFromCentreTest {
    private static final String TOKEN = "e2e-token";
    private static final String TEA = Gtin.withCheckDigit("690888000001");
    private static final String CAKE = Gtin.withCheckDigit("690888000002");
    /** Size, sugar, ice (one choice each, a default) and toppings (up to three, stackable). */
    static final String MENU = "{\"groups\":["
            + group("SIZE", "杯型", "Size", 1, 1, opt("M", "中杯", "Medium", 0, true, false),
                    opt("L", "大杯", "Large", 300, false, false))
            + "," + group("SUGAR", "甜度", "Sugar", 1, 1, opt("FULL", "全糖", "Full sugar", 0, true, false),
                    opt("HALF", "半糖", "Half sugar", 0, false, false),
                    opt("NONE", "无糖", "No sugar", -50, false, false))
            + "," + group("ICE", "冰量", "Ice", 1, 1, opt("REGULAR", "正常冰", "Regular ice", 0, true, false),
                    opt("LESS", "少冰", "Less ice", 0, false, false))
            + "," + group("TOP", "加料", "Toppings", 0, 3, opt("PEARL", "珍珠", "Pearls", 200, false, true),
                    opt("COCO", "椰果", "Coconut jelly", 250, false, true))
            + "],\"products\":[{\"sku\":\"E-TEA\",\"groups\":[\"SIZE\",\"SUGAR\",\"ICE\",\"TOP\"]}],"
            + "\"combos\":[{\"code\":\"SET1\",\"nameZh\":\"下午茶\",\"nameEn\":\"Tea set\",\"priceMinor\":1800,"
            + "\"slots\":[{\"code\":\"DRINK\",\"nameZh\":\"饮品\",\"nameEn\":\"Drink\","
            + "\"products\":[{\"sku\":\"E-TEA\"}]},{\"code\":\"SNACK\",\"nameZh\":\"小食\",\"nameEn\":\"Snack\","
            + "\"products\":[{\"sku\":\"E-CAKE\",\"upchargeMinor\":200}]}]}]}";
    @TempDir
    Path dir;
    private CentralPlatform central;
    private TillStore store;

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (central != null) {
            central.close();
        }
    }

    @Test
    void aCupWithFourOptionGroupsImportedAtTheCentreIsPricedExactlyAtTheTill() throws Exception {
        TillServices till = syncedTill(centreWithMenu());
        UUID tea = till.catalog().byCode(TEA).orElseThrow().id();

        ProductMenu menu = till.ordering().menu(tea).orElseThrow();
        Ticket t = till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "L"),
                OptionPick.of("SUGAR", "NONE"), OptionPick.of("ICE", "LESS"), new OptionPick("TOP", "PEARL", 2),
                OptionPick.of("TOP", "COCO")));

        assertThat(menu.groups()).extracting(g -> g.code()).containsExactly("SIZE", "SUGAR", "ICE", "TOP");
        assertThat(menu.group("SUGAR").option("NONE").nameZh()).isEqualTo("无糖");
        // 12.00 + 3.00 (large) - 0.50 (no sugar) + 2 x 2.00 (pearls) + 2.50 (coconut) = 21.00
        TicketLine line = t.lines().get(0);
        assertThat(line.unitPrice()).isEqualTo(yuan("21.00"));
        assertThat(line.options().chosen()).extracting(c -> c.optionCode())
                .containsExactly("L", "NONE", "LESS", "PEARL", "COCO");
        assertThat(till.ticket().totals().total()).isEqualTo(yuan("21.00"));
    }

    @Test
    void aComboImportedAtTheCentreSellsAtItsPricePlusUpChargesAndOptions() throws Exception {
        TillServices till = syncedTill(centreWithMenu());
        Product tea = till.catalog().byCode(TEA).orElseThrow();
        Product cake = till.catalog().byCode(CAKE).orElseThrow();
        UUID combo = till.ordering().combos().get(0).id();
        ProductMenu menu = till.ordering().menu(tea.id()).orElseThrow();

        Ticket t = till.ordering().addCombo(combo, List.of(
                new ComboPick("DRINK", tea, OptionPricer.price(tea, menu, List.of(OptionPick.of("SIZE", "L"),
                        OptionPick.of("SUGAR", "FULL"), OptionPick.of("ICE", "REGULAR")),
                        new SoldOut(Set.of(), Set.of()))),
                new ComboPick("SNACK", cake, null)));

        // 18.00 + 2.00 (cake up-charge) + 3.00 (large)
        assertThat(t.lines()).hasSize(2);
        assertThat(till.ticket().totals().total()).isEqualTo(yuan("23.00"));
    }

    @Test
    void aDrinkSoldAtTheTillReachesTheCentreWithItsOptionsAndOrderNumber() throws Exception {
        TillServices till = syncedTill(centreWithMenu());
        UUID tea = till.catalog().byCode(TEA).orElseThrow().id();
        till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "L"), OptionPick.of("SUGAR", "HALF"),
                OptionPick.of("ICE", "LESS")));
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        UUID sale = till.tender().complete().saleId();
        try (SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults())) {
            assertThat(agent.syncNow().lastError()).isNull();
        }

        var row = central.dsl().select(SALE.ORDER_NUMBER, SALE_LINE.OPTIONS).from(SALE).join(SALE_LINE)
                .on(SALE_LINE.SALE_ID.eq(SALE.ID)).where(SALE.ID.eq(sale)).fetchSingle();
        assertThat(row.value1()).isEqualTo(1);
        assertThat(row.value2()).contains("\"optionCode\":\"L\"", "\"optionCode\":\"HALF\"", "半糖");
    }

    /** A centre with a store, a terminal, a tea and a cake, and the menu imported over HTTP. */
    private String centreWithMenu() throws Exception {
        central = CentralPlatform.start(CentralConfig.embedded(dir.resolve("central"), 0, TOKEN));
        central.admin().createStore("S0001", "Test Store");
        central.admin().createTerminal("S0001", "S0001-T01");
        String code = central.admin().enrollmentCode("S0001", "S0001-T01", Duration.ofMinutes(5)).code();
        central.catalog().taxClasses(List.of(new TaxClassRow("VAT6", "增值税6%", "VAT 6%", 600)));
        central.catalog().products(List.of(
                new ProductRow("E-TEA", "奶茶", "Milk tea", null, "VAT6", 1200, List.of(TEA), false, null, true),
                new ProductRow("E-CAKE", "蛋糕", "Cake", null, "VAT6", 800, List.of(CAKE), false, null, true))
                .iterator());
        HttpRequest request = HttpRequest.newBuilder(URI.create(central.url() + "/api/v1/admin/menu"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MENU)).build();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        return code;
    }

    private TillServices syncedTill(String code) {
        store = TillFixture.newStore(dir);
        Enrollment.enroll(store.dsl(), central.url(), code, "e2e-till");
        try (SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults())) {
            assertThat(agent.syncNow().lastError()).isNull();
        }
        return TillFixture.open(store);
    }

    static String group(String code, String zh, String en, int min, int max, String... options) {
        return "{\"code\":\"" + code + "\",\"nameZh\":\"" + zh + "\",\"nameEn\":\"" + en + "\",\"minChoices\":" + min
                + ",\"maxChoices\":" + max + ",\"options\":[" + String.join(",", options) + "]}";
    }

    static String opt(String code, String zh, String en, long delta, boolean byDefault, boolean stackable) {
        return "{\"code\":\"" + code + "\",\"nameZh\":\"" + zh + "\",\"nameEn\":\"" + en + "\",\"priceDeltaMinor\":"
                + delta + ",\"byDefault\":" + byDefault + ",\"stackable\":" + stackable + "}";
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }
}
