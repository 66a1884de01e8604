package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PROMOTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.central.feed.PromotionRulesJson;
import dev.opentill.core.promo.Conditions.Channel;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.promo.RewardTerms.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every promotion kind the engine knows, imported as CSV or JSON: stored with its rules, or refused whole naming the row. */
class PromotionImportTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;
    private static final String HEAD = "code,name_zh,name_en,kind,valid_from,skus,categories,percent_off_bp,"
            + "buy_quantity,get_quantity,get_sku,amount_off_minor,bundle_price_minor,tiers,on_ticket,member_prices,"
            + "combo_slots,channels,uses_per_ticket,cap_minor,with_coupons,exclusive_group,priority\n";
    private static final String FROM = "2026-11-01T00:00:00Z";

    @BeforeAll
    static void start() throws IOException {
        centre = new PushHarness(dir);
        json("/admin/tax-classes", "[{\"code\":\"VAT13\",\"nameZh\":\"增值税\",\"nameEn\":\"VAT\",\"rateBp\":1300}]");
        json("/admin/categories", "[{\"code\":\"COFFEE\",\"nameZh\":\"咖啡\",\"nameEn\":\"Coffee\",\"sortOrder\":1},"
                + "{\"code\":\"BAKERY\",\"nameZh\":\"烘焙\",\"nameEn\":\"Bakery\",\"sortOrder\":2}]");
        Answer a = centre.admin("/admin/products",
                ("sku,name_zh,name_en,category_code,tax_class_code,base_price_minor\n"
                        + "LATTE,拿铁,Latte,COFFEE,VAT13,2800\nMOCHA,摩卡,Mocha,COFFEE,VAT13,3000\n"
                        + "MUFFIN,松饼,Muffin,BAKERY,VAT13,1500\n").getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static Answer json(String path, String body) throws IOException {
        return centre.admin(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Answer csv(String rows) throws IOException {
        return centre.admin("/admin/promotions", (HEAD + rows).getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static UUID product(String sku) {
        return centre.central.dsl().select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(sku)).fetchSingle().value1();
    }

    private static PromotionRules rules(String code) {
        return PromotionRulesJson.read(centre.central.dsl().select(PROMOTION.RULES).from(PROMOTION)
                .where(PROMOTION.CODE.eq(code)).fetchSingle().value1());
    }

    private static int stored(String... codes) {
        return centre.central.dsl().fetchCount(PROMOTION, PROMOTION.CODE.in(codes));
    }

    @Test
    void everyKindImportedAsCsvIsStoredWithTheRulesTheTillWillPriceWith() throws IOException {
        Answer a = csv("C-NTH,第二杯半价,Second cup half price,NTH_ITEM," + FROM + ",,COFFEE,5000,2,,,,,,,,,,,,,,\n"
                + "C-MJ,满100减20,Spend 100 save 20,SPEND_THRESHOLD," + FROM
                + ",,,,,,,,,10000:2000|20000:5000,true,,,,,,,,\n"
                + "C-BXGY,买二送松饼,Two coffees and a free muffin,BUY_X_GET_Y," + FROM
                + ",LATTE|MOCHA,,10000,2,1,MUFFIN,,,,,,,,,,,,\n"
                + "C-AMT,立减2元,2 off,AMOUNT_OFF," + FROM + ",MUFFIN,,,,,,200,,,,,,COUNTER|PICKUP,1,,,,\n"
                + "C-VIP,会员价,Member price,MEMBER_PRICE," + FROM + ",,,,,,,,,,,LATTE:2500|MOCHA:2700,,,,,,,\n"
                + "C-COMBO,早餐套餐,Breakfast combo,COMBO_PRICE," + FROM
                + ",,,,,,,,3800,,,,LATTE|MOCHA;MUFFIN,,,,false,breakfast,5\n"
                + "C-MB,任选三件,Any 3,MULTI_BUY," + FROM + ",LATTE|MOCHA|MUFFIN,,,3,,,,6000,,,,,,,500,,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(rules("C-NTH").reward().reward()).isEqualTo(new Reward.NthItem(2, 5000));
        assertThat(rules("C-NTH").conditions().categories()).containsExactly("COFFEE");
        assertThat(rules("C-MJ").reward().reward()).isEqualTo(new Reward.SpendThreshold(
                List.of(new Reward.Tier(10_000, 2000), new Reward.Tier(20_000, 5000)), true));
        assertThat(rules("C-BXGY").reward().reward()).isEqualTo(new Reward.BuyXGetY(2, 1, 10_000, product("MUFFIN")));
        assertThat(rules("C-BXGY").conditions().products()).containsExactlyInAnyOrder(product("LATTE"),
                product("MOCHA"));
        assertThat(rules("C-AMT").conditions().channels()).containsExactlyInAnyOrder(Channel.COUNTER, Channel.PICKUP);
        assertThat(rules("C-AMT").limits().usesPerTicket()).isEqualTo(1);
        assertThat(rules("C-VIP").reward().reward()).isEqualTo(new Reward.MemberPrice(
                Map.of(product("LATTE"), 2500L, product("MOCHA"), 2700L)));
        assertThat(rules("C-VIP").conditions().memberOnly()).isTrue();
        assertThat(rules("C-COMBO").reward().reward()).isEqualTo(new Reward.ComboPrice(
                List.of(Set.of(product("LATTE"), product("MOCHA")), Set.of(product("MUFFIN"))), 3800));
        assertThat(rules("C-COMBO").stacking().withCoupons()).isFalse();
        assertThat(rules("C-COMBO").stacking().exclusiveGroup()).isEqualTo("breakfast");
        assertThat(rules("C-COMBO").stacking().priority()).isEqualTo(5);
        assertThat(rules("C-MB").reward().kind()).isEqualTo(Kind.FIXED_PRICE_FOR_N);
        assertThat(rules("C-MB").limits().capMinor()).isEqualTo(500);
    }

    @Test
    void aJsonRowTakesTheSameFieldsByName() throws IOException {
        Answer a = json("/admin/promotions", "[{\"code\":\"J-MJ\",\"nameZh\":\"满减\",\"nameEn\":\"Spend and save\","
                + "\"kind\":\"SPEND_THRESHOLD\",\"validFrom\":\"" + FROM + "\",\"categories\":[\"BAKERY\"],"
                + "\"tiers\":[{\"spendMinor\":5000,\"offMinor\":500}],\"memberOnly\":true}]");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(rules("J-MJ").reward().reward()).isEqualTo(new Reward.SpendThreshold(
                List.of(new Reward.Tier(5000, 500)), false));
        assertThat(rules("J-MJ").conditions().memberOnly()).isTrue();
    }

    @Test
    void theFirstTablesKindsAreStillStoredWithoutRules() throws IOException {
        Answer a = csv("OLD-PCT,九折,10% off,PERCENT_OFF," + FROM + ",LATTE,,1000,,,,,,,,,,,,,,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(rules("OLD-PCT")).isNull();
        assertThat(centre.central.dsl().select(PROMOTION.PERCENT_OFF_BP).from(PROMOTION)
                .where(PROMOTION.CODE.eq("OLD-PCT")).fetchSingle().value1()).isEqualTo(1000);
    }

    @Test
    void contradictoryTermsInALaterRowRefuseTheWholeFileNamingTheRow() throws IOException {
        Answer a = csv("R-GOOD,好,Good,NTH_ITEM," + FROM + ",LATTE,,5000,2,,,,,,,,,,,,,,\n"
                + "R-BAD,坏,Bad,SPEND_THRESHOLD," + FROM + ",,,,,,,,,10000:2000|5000:3000,true,,,,,,,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("R-BAD").contains("tiers must rise");
        assertThat(stored("R-GOOD", "R-BAD")).isZero();
    }

    @Test
    void aFieldTheKindDoesNotReadIsRefusedNotIgnored() throws IOException {
        Answer a = csv("F-NTH,第二杯,Second cup,NTH_ITEM," + FROM + ",LATTE,,5000,2,,,,,10000:2000,,,,,,,,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("F-NTH").contains("tiers does not apply to NTH_ITEM");
        assertThat(stored("F-NTH")).isZero();
    }

    @Test
    void unknownKindsCategoriesChannelsAndMissingScopesAreNamed() throws IOException {
        assertRefused("K-1,x,x,HALF_OFF," + FROM + ",LATTE,,5000,,,,,,,,,,,,,,,\n", "K-1", "kind must be one of");
        assertRefused("K-2,x,x,NTH_ITEM," + FROM + ",,TEA,5000,2,,,,,,,,,,,,,,\n", "K-2", "unknown category TEA");
        assertRefused("K-3,x,x,AMOUNT_OFF," + FROM + ",LATTE,,,,,,100,,,,,,ONLINE,,,,,\n", "K-3", "channels are");
        assertRefused("K-4,x,x,NTH_ITEM," + FROM + ",,,5000,2,,,,,,,,,,,,,,\n", "K-4", "needs the SKUs or categories");
        assertRefused("K-5,x,x,BUY_X_GET_Y," + FROM + ",LATTE,,10000,1,1,GHOST,,,,,,,,,,,,\n", "K-5",
                "unknown SKU GHOST");
        assertRefused("K-6,x,x,COMBO_PRICE," + FROM + ",,,,,,,,500,,,,LATTE;LATTE,,,,,,\n", "K-6",
                "a product cannot be in two slots");
    }

    @Test
    void aCsvCellThatIsNotANumberNamesTheLine() throws IOException {
        Answer a = csv("N-1,x,x,NTH_ITEM," + FROM + ",LATTE,,half,2,,,,,,,,,,,,,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("line 2").contains("percent_off_bp");
    }

    private static void assertRefused(String row, String code, String message) throws IOException {
        Answer a = csv(row);
        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains(code).contains(message);
        assertThat(stored(code)).isZero();
    }
}
