package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.STAFF;
import static dev.opentill.central.jooq.Tables.STAFF_PIN_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.PushHarness;
import dev.opentill.central.PushHarness.Answer;
import dev.opentill.central.admin.StaffRecords.StaffRow;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PINs set at a till: applied once, only for the terminal's own store's staff, resets only by its managers. */
class StaffPinIngestTest {
    @TempDir
    static Path dir;
    private static PushHarness centre;
    private static final PinHasher HASHER = new PinHasher(1000);
    private static long seq = 1000;

    @BeforeAll
    static void start() {
        centre = new PushHarness(dir);
        centre.central.admin().createStore("S2", "Store 2");
        var staff = centre.central.staff();
        staff.create(new StaffRow("8001", "Cashier", "cashier", List.of(PushHarness.STORE), "2468", null, null, null,
                null));
        staff.create(new StaffRow("8002", "Supervisor", "supervisor", List.of(PushHarness.STORE), "2468", null, false,
                null, null));
        staff.create(new StaffRow("8003", "Elsewhere", "cashier", List.of("S2"), "2468", null, null, null, null));
        staff.create(new StaffRow("8004", "Manager", "manager", List.of(PushHarness.STORE), "2468", null, false, null,
                null));
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static UUID id(String code) {
        return centre.central.dsl().select(STAFF.ID).from(STAFF).where(STAFF.CODE.eq(code)).fetchSingle().value1();
    }

    private static String hash(String code) {
        return centre.central.dsl().select(STAFF.PIN_HASH).from(STAFF).where(STAFF.CODE.eq(code)).fetchSingle()
                .value1();
    }

    private static Answer push(StaffPinEvent e) {
        PushedEvent pushed = new PushedEvent(++seq, e.eventId(), StaffPinEvent.TYPE, centre.json.valueToTree(e));
        return centre.push(new PushBatch(PushHarness.STORE, PushHarness.TERMINAL, 1, null, List.of(pushed),
                PushBatch.CURRENT));
    }

    private static StaffPinEvent reset(String code, String approver, String newHash) {
        return new StaffPinEvent(UuidV7.next(), id(code), code, PushHarness.STORE, PushHarness.TERMINAL, newHash, true,
                Instant.now(), id(approver), StaffPinEvent.MANAGER_RESET);
    }

    @Test
    void aResetApprovedByAManagerOfTheStoreIsTakenOnceAndItsResendIsADuplicate() {
        String newHash = HASHER.hash("97531");
        StaffPinEvent e = reset("8001", "8004", newHash);

        Answer first = push(e);
        Answer again = push(e);

        assertThat(first.body().path("acks").get(0).path("status").asText()).isEqualTo("applied");
        assertThat(again.body().path("acks").get(0).path("status").asText()).isEqualTo("duplicate");
        assertThat(hash("8001")).isEqualTo(newHash);
        assertThat(centre.central.dsl().fetchCount(STAFF_PIN_EVENT, STAFF_PIN_EVENT.EVENT_ID.eq(e.eventId())))
                .isEqualTo(1);
    }

    @Test
    void aResetApprovedByASupervisorIsRejectedAndChangesNothing() {
        String before = hash("8001");

        Answer a = push(reset("8001", "8002", HASHER.hash("13579")));

        assertThat(a.body().path("acks").get(0).path("status").asText()).isEqualTo("rejected");
        assertThat(a.body().path("acks").get(0).path("reason").asText()).contains("manager");
        assertThat(hash("8001")).isEqualTo(before);
    }

    @Test
    void anotherStoresStaffCannotBeTouched() {
        String before = hash("8003");

        Answer a = push(reset("8003", "8004", HASHER.hash("13579")));

        assertThat(a.body().path("acks").get(0).path("status").asText()).isEqualTo("rejected");
        assertThat(a.body().path("acks").get(0).path("reason").asText()).contains("does not work in store");
        assertThat(hash("8003")).isEqualTo(before);
    }

    @Test
    void anOlderPinThanTheCentresIsKeptButNotTaken() {
        String before = hash("8002");
        StaffPinEvent old = new StaffPinEvent(UuidV7.next(), id("8002"), "8002", PushHarness.STORE,
                PushHarness.TERMINAL, HASHER.hash("24680"), false, Instant.parse("2020-01-01T00:00:00Z"), null,
                StaffPinEvent.FIRST_LOGIN);

        Answer a = push(old);

        assertThat(a.body().path("acks").get(0).path("status").asText()).isEqualTo("applied");
        assertThat(hash("8002")).isEqualTo(before);
        assertThat(centre.central.dsl().select(STAFF_PIN_EVENT.APPLIED).from(STAFF_PIN_EVENT)
                .where(STAFF_PIN_EVENT.EVENT_ID.eq(old.eventId())).fetchSingle().value1()).isFalse();
    }
}
