package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.CATEGORY;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.TAX_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports a clumsy back office could send: each is refused as a 400 naming what is wrong, and nothing is stored. */
class ImportRefusalsTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;
    private static final String CSV = "text/csv";
    private static final String PRODUCTS = "sku,name_zh,name_en,tax_class_code,base_price_minor\n";

    @BeforeAll
    static void start() throws IOException {
        centre = new PushHarness(dir);
        json("/admin/tax-classes", "[{\"code\":\"VAT13\",\"nameZh\":\"增值税\",\"nameEn\":\"VAT\",\"rateBp\":1300}]");
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static Answer json(String path, String body) throws IOException {
        return centre.admin(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Answer csv(String path, byte[] body, String contentType) throws IOException {
        return centre.admin(path, body, contentType);
    }

    private static int products(String sku) {
        return centre.central.dsl().fetchCount(PRODUCT, PRODUCT.SKU.eq(sku));
    }

    @Test
    void anUnterminatedQuoteIsA400NamingTheLine() throws IOException {
        Answer a = csv("/admin/products", (PRODUCTS + "Q1,\"可乐,Cola,VAT13,300\n").getBytes(StandardCharsets.UTF_8),
                CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("line 2");
        assertThat(products("Q1")).isZero();
    }

    @Test
    void anEmptyCsvIsA400() throws IOException {
        Answer a = csv("/admin/members", new byte[0], CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(400);
    }

    @Test
    void aMemberCardTwiceInOneFileIsRefusedAndNothingIsStored() throws IOException {
        Answer a = csv("/admin/members", "card_no,phone,name,tier\nD1,138,Li,gold\nD1,139,Wang,silver\n"
                .getBytes(StandardCharsets.UTF_8), CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("D1");
        assertThat(centre.central.dsl().fetchCount(MEMBER, MEMBER.CARD_NO.eq("D1"))).isZero();
    }

    @Test
    void aMemberNameTooLongForItsColumnIsA400() throws IOException {
        Answer a = csv("/admin/members", ("card_no,phone,name,tier\nL1,138," + "N".repeat(500) + ",gold\n")
                .getBytes(StandardCharsets.UTF_8), CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(400);
    }

    @Test
    void aTaxCodeTwiceInOneImportIsRefused() throws IOException {
        Answer a = json("/admin/tax-classes", "[{\"code\":\"T2\",\"nameZh\":\"甲\",\"nameEn\":\"A\",\"rateBp\":600},"
                + "{\"code\":\"T2\",\"nameZh\":\"乙\",\"nameEn\":\"B\",\"rateBp\":900}]");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(centre.central.dsl().fetchCount(TAX_CLASS, TAX_CLASS.CODE.eq("T2"))).isZero();
    }

    @Test
    void aCategoryWithAnUnknownParentIsRefused() throws IOException {
        Answer a = json("/admin/categories", "[{\"code\":\"C1\",\"nameZh\":\"饮料\",\"nameEn\":\"Drinks\","
                + "\"parentCode\":\"NOPE\"}]");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(centre.central.dsl().fetchCount(CATEGORY, CATEGORY.CODE.eq("C1"))).isZero();
    }

    @Test
    void aCategoryThatIsItsOwnParentIsRefused() throws IOException {
        Answer a = json("/admin/categories", "[{\"code\":\"C2\",\"nameZh\":\"饮料\",\"nameEn\":\"Drinks\","
                + "\"parentCode\":\"C2\"}]");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(centre.central.dsl().fetchCount(CATEGORY, CATEGORY.CODE.eq("C2"))).isZero();
    }

    @Test
    void aCategoryWhoseParentComesLaterInTheSameImportIsAccepted() throws IOException {
        Answer a = json("/admin/categories",
                "[{\"code\":\"C4\",\"nameZh\":\"汽水\",\"nameEn\":\"Soda\",\"parentCode\":\"C3\"},"
                        + "{\"code\":\"C3\",\"nameZh\":\"饮料\",\"nameEn\":\"Drinks\"}]");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
    }

    @Test
    void aGbkFileDeclaredAsGbkIsStoredAsChinese() throws IOException {
        byte[] gbk = (PRODUCTS + "G1,可乐,Cola,VAT13,300\n").getBytes(Charset.forName("GBK"));

        Answer a = csv("/admin/products", gbk, "text/csv; charset=GBK");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(centre.central.dsl().select(PRODUCT.NAME_ZH).from(PRODUCT).where(PRODUCT.SKU.eq("G1"))
                .fetchOne(PRODUCT.NAME_ZH)).isEqualTo("可乐");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsRead() throws IOException {
        byte[] text = (PRODUCTS + "B1,雪碧,Sprite,VAT13,300\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        Answer a = csv("/admin/products", withBom, CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(products("B1")).isEqualTo(1);
    }

    @Test
    void bytesNotValidInTheFilesCharsetAreRefusedNamingTheLine() throws IOException {
        byte[] gbk = (PRODUCTS + "U1,Cola,Cola,VAT13,300\nU2,可乐,Cola,VAT13,300\n").getBytes(Charset.forName("GBK"));

        Answer a = csv("/admin/products", gbk, CSV);

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().get("message").asText()).contains("line 3");
        assertThat(products("U1")).isZero();
    }
}
