package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.ADMIN_AUDIT;
import static dev.opentill.central.jooq.Tables.CHANGE_LOG;
import static dev.opentill.central.jooq.Tables.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.FeedRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff through the admin API: PINs in once and hashed, imports all or nothing, each store sees its own. */
class StaffAdminTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;
    private static final String CSV = "text/csv";
    private static final String HEADER = "code,name,role,stores,pin,pin_hash,temporary_pin\n";

    @BeforeAll
    static void start() throws IOException {
        centre = new PushHarness(dir);
        json("/admin/stores", "{\"code\":\"S2\",\"name\":\"Store 2\"}");
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static Answer json(String path, String body) throws IOException {
        return centre.admin(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Answer csv(String body) throws IOException {
        return centre.admin("/admin/staff/import", body.getBytes(StandardCharsets.UTF_8), CSV);
    }

    private static String hashOf(String code) {
        return centre.central.dsl().select(STAFF.PIN_HASH).from(STAFF).where(STAFF.CODE.eq(code)).fetchOne(
                STAFF.PIN_HASH);
    }

    private static JsonNode get(String path) throws IOException {
        OkHttpClient http = new OkHttpClient();
        Request r = new Request.Builder().url(centre.central.url() + "/api/v1" + path)
                .header("Authorization", "Bearer admin-secret").get().build();
        try (Response res = http.newCall(r).execute()) {
            return centre.json.readTree(res.body().string());
        }
    }

    @Test
    void aPinGivenOnCreateIsStoredOnlyAsAHashAndNeverAnswered() throws IOException {
        Answer a = json("/admin/staff",
                "{\"code\":\"7001\",\"name\":\"王芳\",\"role\":\"manager\",\"stores\":[\"S1\"],\"pin\":\"86420\"}");

        assertThat(a.status()).as(a.text()).isEqualTo(201);
        assertThat(a.text()).doesNotContain("86420").doesNotContain("pbkdf2");
        assertThat(a.body().has("pin") || a.body().has("pinHash")).isFalse();
        assertThat(a.body().path("temporaryPin").asBoolean()).isTrue();
        assertThat(hashOf("7001")).startsWith("pbkdf2-sha256$").doesNotContain("86420");
        assertThat(PinHasher.verify("86420", hashOf("7001"))).isTrue();
    }

    @Test
    void aReadyHashIsTakenAsItIsAndAMalformedOneIsRefused() throws IOException {
        String hash = new PinHasher(1000).hash("13579");
        Answer ok = json("/admin/staff", "{\"code\":\"7002\",\"name\":\"Li\",\"role\":\"cashier\",\"stores\":[\"S1\"],"
                + "\"pinHash\":\"" + hash + "\",\"temporaryPin\":false}");
        Answer bad = json("/admin/staff", "{\"code\":\"7003\",\"name\":\"Li\",\"role\":\"cashier\",\"stores\":[\"S1\"],"
                + "\"pinHash\":\"md5$abc\"}");

        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(hashOf("7002")).isEqualTo(hash);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("message").asText()).contains("PIN hash");
        assertThat(hashOf("7003")).isNull();
    }

    @Test
    void aBadRowRefusesTheWholeImportNamingTheRow() throws IOException {
        Answer a = csv(HEADER + "7101,Zhao,cashier,S1,2468,,\n7102,Qian,cashier,S1|S2,2468,,\n"
                + "7103,Sun,cashier,S9,2468,,\n");
        Answer weakPin = csv(HEADER + "7104,Zhou,cashier,S1,1111,,\n");
        Answer badRole = csv(HEADER + "7105,Wu,boss,S1,2468,,\n");

        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.body().path("message").asText()).contains("row 3").contains("7103").contains("S9");
        assertThat(weakPin.body().path("message").asText()).contains("row 1").contains("PIN");
        assertThat(badRole.body().path("message").asText()).contains("7105").contains("role");
        assertThat(centre.central.dsl().fetchCount(STAFF, STAFF.CODE.in("7101", "7102", "7103", "7104", "7105")))
                .isZero();
    }

    @Test
    void anImportCreatesAndAnnouncesEachPersonToEachOfTheirStores() throws IOException {
        Answer a = csv(HEADER + "7201,Zhao,cashier,S1,2468,,\n7202,Qian,supervisor,S1|S2,2468,,false\n");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.body().path("changed").asInt()).isEqualTo(2);
        var ids = centre.central.dsl().select(STAFF.ID).from(STAFF).where(STAFF.CODE.in("7201", "7202"))
                .fetch(STAFF.ID).stream().map(Object::toString).toList();
        assertThat(centre.central.dsl().fetchCount(CHANGE_LOG,
                CHANGE_LOG.ENTITY.eq(FeedRecords.STAFF).and(CHANGE_LOG.ENTITY_KEY.in(ids)))).isEqualTo(3);
    }

    @Test
    void aStoresListShowsOnlyItsOwnStaffWithoutHashes() throws IOException {
        json("/admin/staff",
                "{\"code\":\"7301\",\"name\":\"A\",\"role\":\"cashier\",\"stores\":[\"S1\"],\"pin\":\"2468\"}");
        json("/admin/staff",
                "{\"code\":\"7302\",\"name\":\"B\",\"role\":\"cashier\",\"stores\":[\"S2\"],\"pin\":\"2468\"}");

        JsonNode s2 = get("/admin/stores/S2/staff");

        List<String> codes = new ArrayList<>();
        s2.forEach(n -> codes.add(n.path("code").asText()));
        assertThat(codes).contains("7302").doesNotContain("7301");
        assertThat(s2.toString()).doesNotContain("pbkdf2").doesNotContainIgnoringCase("pinHash");
    }

    @Test
    void disablingAndResettingAreAuditedAndAResetPinIsTemporary() throws IOException {
        json("/admin/staff", "{\"code\":\"7401\",\"name\":\"C\",\"role\":\"cashier\",\"stores\":[\"S1\"],"
                + "\"pin\":\"2468\",\"temporaryPin\":false}");

        Answer reset = json("/admin/staff/7401/reset-pin", "{\"pin\":\"97531\"}");
        Answer disable = json("/admin/staff/7401/disable", "");
        Answer unknown = json("/admin/staff/7999/disable", "");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(disable.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(404);
        var s = centre.central.dsl().selectFrom(STAFF).where(STAFF.CODE.eq("7401")).fetchSingle();
        assertThat(s.getEnabled()).isFalse();
        assertThat(s.getTemporaryPin()).isTrue();
        assertThat(PinHasher.verify("97531", s.getPinHash())).isTrue();
        assertThat(centre.central.dsl().select(ADMIN_AUDIT.PATH).from(ADMIN_AUDIT).fetch(ADMIN_AUDIT.PATH))
                .contains("/api/v1/admin/staff/7401/reset-pin", "/api/v1/admin/staff/7401/disable");
    }
}
