package dev.opentill.sync;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.jooq.Tables;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.store.jooq.tables.records.CashierRecord;
import dev.opentill.sync.internal.TillSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff come down the feed to the tills of their own stores only, with PIN hashes, and leavers are disabled. */
class StaffFeedTest {
    private static CentralFixture central;
    private final ObjectMapper mapper = SyncJson.mapper();

    @BeforeAll
    static void startCentral() {
        central = CentralFixture.start();
    }

    @AfterAll
    static void stopCentral() {
        central.close();
    }

    private static Map<String, Object> person(String code, String role, List<String> stores) {
        return Map.of("code", code, "name", "Person " + code, "role", role, "stores", stores, "pin", "2468");
    }

    private static CashierRecord staff(TillFixture till, String code) {
        return till.dsl().selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq(code)).fetchOne();
    }

    @Test
    void aTillReceivesOnlyItsStoresStaffAndDisablesLeaversWithinOnePull(@TempDir Path dir) {
        String a = CentralFixture.unique("SA");
        String b = CentralFixture.unique("SB");
        try (TillFixture a1 = TillFixture.enrolled(dir.resolve("a1"), central, a, "T1", central.url());
                TillFixture a2 = TillFixture.another(dir.resolve("a2"), central, a, "T2");
                TillFixture b1 = TillFixture.enrolled(dir.resolve("b1"), central, b, "T1", central.url());
                SyncAgent agentA1 = a1.agent();
                SyncAgent agentA2 = a2.agent();
                SyncAgent agentB1 = b1.agent()) {
            TillSettings.put(a2.dsl(), TillSettings.SYNC_URL, central.url());
            String onlyA = code();
            String onlyB = code();
            String both = code();
            central.admin("/staff", person(onlyA, "cashier", List.of(a)));
            central.admin("/staff", person(onlyB, "manager", List.of(b)));
            central.admin("/staff", person(both, "supervisor", List.of(a, b)));

            sync(agentA1, agentA2, agentB1);

            assertThat(staff(a1, onlyA)).isNotNull();
            assertThat(staff(a1, onlyB)).as("another store's staff").isNull();
            assertThat(staff(b1, onlyA)).as("another store's staff").isNull();
            assertThat(staff(b1, onlyB).getRole()).isEqualTo("MANAGER");
            CashierRecord came = staff(a2, both);
            assertThat(came.getActive()).isTrue();
            assertThat(came.getTemporaryPin()).isTrue();
            assertThat(came.getPinHash()).isNotEqualTo("2468").startsWith("pbkdf2-sha256$");
            assertThat(PinHasher.verify("2468", came.getPinHash())).isTrue();

            // onlyA leaves the chain; "both" stops working in store A.
            central.adminRaw("/staff/" + onlyA + "/disable", "application/json", "");
            central.adminRaw("/staff/import", "text/csv", "code,name,role,stores\n" + both + ",Person " + both
                    + ",supervisor," + b + "\n");
            sync(agentA1, agentA2, agentB1);

            for (TillFixture till : List.of(a1, a2)) {
                assertThat(staff(till, onlyA).getActive()).as("disabled everywhere in store A").isFalse();
                assertThat(staff(till, both).getActive()).as("no longer in store A").isFalse();
            }
            assertThat(staff(b1, both).getActive()).as("still works in store B").isTrue();
            assertThat(staff(b1, onlyA)).isNull();
        }
    }

    @Test
    void aPinSetAtATillGoesUpOnceAsAHashAndReachesTheStoresOtherTills(@TempDir Path dir) throws IOException {
        String s = CentralFixture.unique("SP");
        try (TillFixture t1 = TillFixture.enrolled(dir.resolve("t1"), central, s, "T1", central.url());
                TillFixture t2 = TillFixture.another(dir.resolve("t2"), central, s, "T2");
                RecordingRelay relay = new RecordingRelay(central.url());
                SyncAgent agent1 = t1.agent();
                SyncAgent agent2 = t2.agent()) {
            TillSettings.put(t1.dsl(), TillSettings.SYNC_URL, relay.url());
            TillSettings.put(t2.dsl(), TillSettings.SYNC_URL, central.url());
            String cashier = code();
            String manager = code();
            central.admin("/staff", person(cashier, "cashier", List.of(s)));
            central.admin("/staff", person(manager, "manager", List.of(s)));
            sync(agent1, agent2);

            // What the till's reset writes: the new PIN's hash only, in the outbox.
            String newHash = new PinHasher(1000).hash("97531");
            UUID eventId = UuidV7.next();
            StaffPinEvent e = new StaffPinEvent(eventId, staff(t1, cashier).getId(), cashier, s, "T1", newHash, true,
                    Instant.now(), staff(t1, manager).getId(), StaffPinEvent.MANAGER_RESET);
            t1.dsl().insertInto(OUTBOX).set(OUTBOX.SEQ, 1L).set(OUTBOX.EVENT_ID, eventId)
                    .set(OUTBOX.EVENT_TYPE, StaffPinEvent.TYPE).set(OUTBOX.AGGREGATE_ID, e.staffId())
                    .set(OUTBOX.PAYLOAD, mapper.writeValueAsString(e))
                    .set(OUTBOX.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
            assertThat(agent1.syncNow().lastError()).isNull();
            // The acknowledgement is lost: the till sends the same event again.
            t1.dsl().update(OUTBOX).set(OUTBOX.ACKED_AT, (OffsetDateTime) null).execute();
            assertThat(agent1.syncNow().lastError()).isNull();
            assertThat(agent2.syncNow().lastError()).isNull();

            assertThat(central.dsl().fetchCount(Tables.STAFF_PIN_EVENT)).isEqualTo(1);
            assertThat(central.dsl().select(Tables.STAFF.PIN_HASH).from(Tables.STAFF)
                    .where(Tables.STAFF.CODE.eq(cashier)).fetchSingle().value1()).isEqualTo(newHash);
            assertThat(staff(t2, cashier).getPinHash()).as("the store's other till").isEqualTo(newHash);
            assertThat(t1.pending()).isZero();
            List<JsonNode> pushed = relay.bodies.stream().filter(b -> b.contains(StaffPinEvent.TYPE))
                    .map(this::tree).toList();
            assertThat(pushed).hasSize(2);
            for (JsonNode push : pushed) {
                JsonNode payload = push.path("events").get(0).path("payload");
                assertThat(payload.path("pinHash").asText()).isEqualTo(newHash);
                payload.fieldNames().forEachRemaining(f -> assertThat(f).isNotEqualToIgnoringCase("pin"));
                assertThat(push.toString()).doesNotContain("97531");
            }
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sync(SyncAgent... agents) {
        for (SyncAgent agent : agents) {
            assertThat(agent.syncNow().lastError()).isNull();
        }
    }

    private static String code() {
        return String.valueOf(100_000 + (int) (Math.random() * 800_000));
    }
}
