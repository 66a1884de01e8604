package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.COMBO;
import static dev.opentill.central.jooq.Tables.COMBO_SLOT_PRODUCT;
import static dev.opentill.central.jooq.Tables.OPTION_GROUP;
import static dev.opentill.central.jooq.Tables.OPTION_ITEM;
import static dev.opentill.central.jooq.Tables.PRODUCT_OPTION_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.central.feed.ChangeFeed;
import dev.opentill.central.jooq.Tables;
import dev.opentill.core.sync.FeedRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu import: JSON and CSV, all or nothing, every refusal naming its row, the whole menu on the feed. */
class MenuImportTest {
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String GROUPS_CSV = "group_code,group_name_zh,group_name_en,min_choices,max_choices,"
            + "option_code,name_zh,name_en,price_delta_minor,default,stackable,stock_sku\n";
    @TempDir
    Path dir;
    private PushHarness centre;

    @BeforeEach
    void start() throws IOException {
        centre = new PushHarness(dir);
        json("/admin/tax-classes", "[{\"code\":\"VAT6\",\"nameZh\":\"增值税6%\",\"nameEn\":\"VAT 6%\",\"rateBp\":600}]");
        csv("/admin/products", "sku,name_zh,name_en,tax_class_code,base_price_minor\n"
                + "TEA,奶茶,Milk tea,VAT6,1200\nCAKE,蛋糕,Cake,VAT6,800\nPEARL,珍珠,Pearls,VAT6,0\n");
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private Answer json(String path, String body) throws IOException {
        return centre.admin(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private Answer csv(String path, String body) throws IOException {
        return centre.admin(path, body.getBytes(StandardCharsets.UTF_8), CSV);
    }

    private static final String MENU = "{\"groups\":[{\"code\":\"SIZE\",\"nameZh\":\"杯型\",\"nameEn\":\"Size\","
            + "\"minChoices\":1,\"maxChoices\":1,\"options\":["
            + "{\"code\":\"M\",\"nameZh\":\"中杯\",\"nameEn\":\"Medium\",\"priceDeltaMinor\":0,\"byDefault\":true},"
            + "{\"code\":\"L\",\"nameZh\":\"大杯\",\"nameEn\":\"Large\",\"priceDeltaMinor\":300}]},"
            + "{\"code\":\"TOP\",\"nameZh\":\"加料\",\"nameEn\":\"Toppings\",\"minChoices\":0,\"maxChoices\":3,"
            + "\"options\":[{\"code\":\"PEARL\",\"nameZh\":\"珍珠\",\"nameEn\":\"Pearls\",\"priceDeltaMinor\":200,"
            + "\"stackable\":true,\"stockSku\":\"PEARL\"}]}],"
            + "\"products\":[{\"sku\":\"TEA\",\"groups\":[\"SIZE\",\"TOP\"]}],"
            + "\"combos\":[{\"code\":\"SET1\",\"nameZh\":\"下午茶\",\"nameEn\":\"Tea set\",\"priceMinor\":1800,"
            + "\"slots\":[{\"code\":\"DRINK\",\"nameZh\":\"饮品\",\"nameEn\":\"Drink\",\"products\":[{\"sku\":\"TEA\"}]},"
            + "{\"code\":\"SNACK\",\"nameZh\":\"小食\",\"nameEn\":\"Snack\",\"products\":[{\"sku\":\"CAKE\","
            + "\"upchargeMinor\":200}]}]}]}";

    @Test
    void aWholeMenuInJsonIsStoredAndTravelsAsOneFeedEntry() throws IOException {
        Answer a = json("/admin/menu", MENU);

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.body().get("changed").asInt()).isEqualTo(4);
        FeedRecords.Menu menu = lastMenu();
        assertThat(menu.groups()).extracting(FeedRecords.MenuGroup::code).containsExactly("SIZE", "TOP");
        assertThat(menu.groups().get(0).options()).extracting(FeedRecords.MenuItem::code).containsExactly("M", "L");
        assertThat(menu.groups().get(1).options().get(0).stockSku()).isEqualTo("PEARL");
        assertThat(menu.links()).singleElement().satisfies(l -> assertThat(l.groups()).containsExactly("SIZE", "TOP"));
        assertThat(menu.combos()).singleElement().satisfies(c -> {
            assertThat(c.priceMinor()).isEqualTo(1800);
            assertThat(c.slots()).extracting(FeedRecords.MenuSlot::code).containsExactly("DRINK", "SNACK");
            assertThat(c.slots().get(1).products().get(0).upchargeMinor()).isEqualTo(200);
        });
    }

    @Test
    void theThreeCsvFilesBuildTheSameMenu() throws IOException {
        Answer groups = csv("/admin/menu/option-groups", GROUPS_CSV
                + "SIZE,杯型,Size,1,1,M,中杯,Medium,0,true,false,\n"
                + "SIZE,杯型,Size,1,1,L,大杯,Large,300,false,false,\n"
                + "TOP,加料,Toppings,0,3,PEARL,珍珠,Pearls,200,false,true,PEARL\n");
        Answer links = csv("/admin/menu/products", "sku,groups\nTEA,SIZE|TOP\n");
        Answer combos = csv("/admin/menu/combos", "combo_code,combo_name_zh,combo_name_en,price_minor,active,"
                + "slot_code,slot_name_zh,slot_name_en,sku,upcharge_minor\n"
                + "SET1,下午茶,Tea set,1800,,DRINK,饮品,Drink,TEA,0\n"
                + "SET1,下午茶,Tea set,1800,,SNACK,小食,Snack,CAKE,200\n");

        assertThat(groups.status()).as(groups.text()).isEqualTo(200);
        assertThat(links.status()).as(links.text()).isEqualTo(200);
        assertThat(combos.status()).as(combos.text()).isEqualTo(200);
        FeedRecords.Menu menu = lastMenu();
        assertThat(menu.groups().get(0).options()).extracting(FeedRecords.MenuItem::priceDeltaMinor)
                .containsExactly(0L, 300L);
        assertThat(menu.groups().get(0).options().get(0).nameZh()).isEqualTo("中杯");
        assertThat(menu.links().get(0).groups()).containsExactly("SIZE", "TOP");
        assertThat(menu.combos().get(0).slots()).hasSize(2);
    }

    @Test
    void aGroupWhoseDefaultsBreakItsRulesRefusesTheWholeImportNamingTheRow() throws IOException {
        Answer a = json("/admin/menu", "{\"groups\":[" + group("ICE", 1, 1, 0, 0)
                + "," + "{\"code\":\"SUGAR\",\"nameZh\":\"甜度\",\"nameEn\":\"Sugar\",\"minChoices\":1,\"maxChoices\":1,"
                + "\"options\":[{\"code\":\"FULL\",\"nameZh\":\"全糖\",\"nameEn\":\"Full\",\"byDefault\":true},"
                + "{\"code\":\"HALF\",\"nameZh\":\"半糖\",\"nameEn\":\"Half\",\"byDefault\":true}]}]}");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("option group 2 (SUGAR)").contains("defaults");
        assertThat(centre.central.dsl().fetchCount(OPTION_GROUP)).isZero();
        assertThat(centre.central.dsl().fetchCount(OPTION_ITEM)).isZero();
    }

    @Test
    void aBadComboAfterGoodRowsLeavesNothingOfTheImport() throws IOException {
        Answer a = json("/admin/menu", MENU.replace("\"sku\":\"CAKE\"", "\"sku\":\"NOPE\""));

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("combo 1 (SET1) slot SNACK").contains("unknown SKU NOPE");
        assertThat(centre.central.dsl().fetchCount(OPTION_GROUP)).isZero();
        assertThat(centre.central.dsl().fetchCount(PRODUCT_OPTION_GROUP)).isZero();
        assertThat(centre.central.dsl().fetchCount(COMBO)).isZero();
        assertThat(centre.central.dsl().fetchCount(COMBO_SLOT_PRODUCT)).isZero();
    }

    @Test
    void aProductLinkedToAnUnknownGroupOrTheSameGroupTwiceIsRefused() throws IOException {
        json("/admin/menu", MENU);

        Answer unknown = json("/admin/menu", "{\"products\":[{\"sku\":\"CAKE\",\"groups\":[\"SIZE\",\"NOPE\"]}]}");
        Answer twice = json("/admin/menu", "{\"products\":[{\"sku\":\"CAKE\",\"groups\":[\"SIZE\",\"SIZE\"]}]}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("message").asText()).contains("product 1 (CAKE)").contains("NOPE");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().get("message").asText()).contains("product 1 (CAKE)").contains("twice");
    }

    @Test
    void optionsThatCouldTakeACupBelowZeroAreRefused() throws IOException {
        json("/admin/menu", MENU);

        // The pearls (price 0.00) take the size group: Large at -3.00 would make a cup of -3.00.
        Answer a = json("/admin/menu", "{\"groups\":[" + group("SIZE", 1, 1, 0, -300) + "],"
                + "\"products\":[{\"sku\":\"PEARL\",\"groups\":[\"SIZE\"]}]}");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("product PEARL").contains("less than nothing");
        assertThat(centre.central.dsl().fetchCount(PRODUCT_OPTION_GROUP)).isEqualTo(2);
    }

    @Test
    void aCsvRowThatIsNotANumberNamesItsLine() throws IOException {
        Answer a = csv("/admin/menu/option-groups", GROUPS_CSV + "SIZE,杯型,Size,1,1,M,中杯,Medium,0,true,false,\n"
                + "SIZE,杯型,Size,1,1,L,大杯,Large,three,false,false,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("line 3").contains("price_delta_minor");
        assertThat(centre.central.dsl().fetchCount(OPTION_GROUP)).isZero();
    }

    @Test
    void aProductImportMovesTheMenuEntryAfterTheProducts() throws IOException {
        json("/admin/menu", MENU);
        long before = seqOf(FeedRecords.MENU);

        csv("/admin/products", "sku,name_zh,name_en,tax_class_code,base_price_minor\nTEA,奶茶,Milk tea,VAT6,1300\n");

        assertThat(seqOf(FeedRecords.MENU)).isGreaterThan(before).isGreaterThan(seqOf(FeedRecords.PRODUCT));
    }

    private long seqOf(String entity) {
        return centre.central.dsl().select(Tables.CHANGE_LOG.SEQ.max()).from(Tables.CHANGE_LOG)
                .where(Tables.CHANGE_LOG.ENTITY.eq(entity)).fetchOne(0, Long.class);
    }

    private static String group(String code, int min, int max, long first, long second) {
        return "{\"code\":\"" + code + "\",\"nameZh\":\"组\",\"nameEn\":\"Group\",\"minChoices\":" + min
                + ",\"maxChoices\":" + max + ",\"options\":[{\"code\":\"A\",\"nameZh\":\"甲\",\"nameEn\":\"A\","
                + "\"priceDeltaMinor\":" + first + ",\"byDefault\":true},{\"code\":\"B\",\"nameZh\":\"乙\","
                + "\"nameEn\":\"B\",\"priceDeltaMinor\":" + second + "}]}";
    }

    /** The menu as a till reads it from the feed. */
    private FeedRecords.Menu lastMenu() throws IOException {
        ObjectMapper mapper = centre.json;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChangeFeed(centre.central.dsl(), mapper, Clock.systemUTC()).writePage(UUID.randomUUID(), 0, 1000, out);
        FeedRecords.Menu menu = null;
        for (var e : mapper.readTree(out.toByteArray()).get("entries")) {
            FeedRecords.Entry entry = mapper.treeToValue(e, FeedRecords.Entry.class);
            if (entry.menu() != null) {
                menu = entry.menu();
            }
        }
        assertThat(menu).as("a menu entry on the feed").isNotNull();
        return menu;
    }
}
