package dev.opentill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.tender.CompletedSale;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.admin.ImportRecords.CategoryRow;
import dev.opentill.central.admin.ImportRecords.MemberRow;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotions of the new kinds from end to end: imported as CSV at a real centre on loopback,
 * carried down the feed to an enrolled till, and applied by the till to a sale with an exact total;
 * a member price (会员价) once the member's card is on the ticket.
 */
class PromotionsFromCentreTest {
    private static final String TOKEN = "e2e-token";
    private static final String LATTE = Gtin.withCheckDigit("690777000001");
    private static final String MOCHA = Gtin.withCheckDigit("690777000002");
    private static final String CAKE = Gtin.withCheckDigit("690777000003");
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

    /** A centre with a store, a terminal and three products; returns the terminal's enrollment code. */
    private String centreWithCatalog() {
        central = CentralPlatform.start(CentralConfig.embedded(dir.resolve("central"), 0, TOKEN));
        central.admin().createStore("S0001", "Test Store");
        central.admin().createTerminal("S0001", "S0001-T01");
        String code = central.admin().enrollmentCode("S0001", "S0001-T01", Duration.ofMinutes(5)).code();
        central.catalog().taxClasses(List.of(new TaxClassRow("VAT6", "增值税6%", "VAT 6%", 600)));
        central.catalog().categories(List.of(new CategoryRow("COFFEE", "咖啡", "Coffee", null, 1),
                new CategoryRow("BAKERY", "烘焙", "Bakery", null, 2)));
        central.catalog().products(List.of(
                new ProductRow("E-LATTE", "拿铁", "Latte", "COFFEE", "VAT6", 2800, List.of(LATTE), false, null, true),
                new ProductRow("E-MOCHA", "摩卡", "Mocha", "COFFEE", "VAT6", 3000, List.of(MOCHA), false, null, true),
                new ProductRow("E-CAKE", "蛋糕", "Cake", "BAKERY", "VAT6", 4500, List.of(CAKE), false, null, true))
                .iterator());
        return code;
    }

    /** A till enrolled with {@code code} that has pulled the centre's feed once. */
    private TillServices syncedTill(String code) {
        store = TillFixture.newStore(dir);
        Enrollment.enroll(store.dsl(), central.url(), code, "e2e-till");
        try (SyncAgent agent = SyncAgent.create(store, SyncConfig.defaults())) {
            agent.syncNow();
        }
        TillServices till = TillFixture.open(store);
        till.tender().setReceiptLocale(Locale.ENGLISH);
        return till;
    }

    @Test
    void aMemberPriceImportedAtTheCentreAppliesOnceTheMembersCardIsOnTheTicket() throws Exception {
        String code = centreWithCatalog();
        central.members().members(List.of(new MemberRow("M1001", "13800000000", "Li", "GOLD")).iterator());
        HttpResponse<String> imported = importJson("[{\"code\":\"VIP-LATTE\",\"nameZh\":\"会员价\","
                + "\"nameEn\":\"Member price\",\"kind\":\"MEMBER_PRICE\",\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"memberPrices\":[{\"sku\":\"E-LATTE\",\"priceMinor\":2500}]}]");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        TillServices till = syncedTill(code);

        till.selling().scan(LATTE);
        assertThat(till.ticket().totals().total()).isEqualTo(yuan("28.00"));
        till.members().attachMember("M1001");

        assertThat(till.ticket().totals().total()).isEqualTo(yuan("25.00"));
        assertThat(till.ticket().proof().applied()).singleElement()
                .satisfies(a -> assertThat(a.promotion().code()).isEqualTo("VIP-LATTE"));
    }

    @Test
    void secondCupHalfPriceAndSpendHundredSaveTwentyImportedAtTheCentrePriceASaleAtTheTill() throws Exception {
        String code = centreWithCatalog();
        HttpResponse<String> imported = importCsv("code,name_zh,name_en,kind,valid_from,categories,buy_quantity,"
                + "percent_off_bp,tiers,on_ticket\n"
                + "CUP2,第二杯半价,Second cup half price,NTH_ITEM,2026-01-01T00:00:00Z,COFFEE,2,5000,,\n"
                + "MJ100,满100减20,Spend 100 save 20,SPEND_THRESHOLD,2026-01-01T00:00:00Z,,,,10000:2000|20000:5000,true\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        TillServices till = syncedTill(code);
        till.selling().scan(LATTE);
        till.selling().scan(MOCHA);
        till.selling().scan(CAKE);
        till.selling().scan(CAKE);

        // 28 + 30 + 45 + 45 = 148; the cheaper cup at half price: -14; 134 spent, so 20 off: 114.
        assertThat(till.ticket().totals().total()).isEqualTo(yuan("114.00"));
        till.tender().addTender(TenderType.CASH, yuan("120.00"), null);
        CompletedSale done = till.tender().complete();

        assertThat(done.change()).isEqualTo(yuan("6.00"));
        Receipt receipt = done.receipt();
        assertThat(receipt.lines()).anySatisfy(l -> assertThat(l.promotion()).isEqualTo("Second cup half price"));
        assertThat(receipt.savings()).containsExactly(new Receipt.Saving("Spend 100 save 20", yuan("20.00")),
                new Receipt.Saving("Second cup half price", yuan("14.00")));
        assertThat(receipt.totalSaving()).isEqualTo(yuan("34.00"));
    }

    private HttpResponse<String> importCsv(String csv) throws Exception {
        return post(csv, "text/csv; charset=UTF-8");
    }

    private HttpResponse<String> importJson(String json) throws Exception {
        return post(json, "application/json");
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(central.url() + "/api/v1/admin/promotions"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }
}
