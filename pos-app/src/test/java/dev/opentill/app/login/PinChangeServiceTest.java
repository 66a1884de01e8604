package dev.opentill.app.login;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.StaffPinWriter;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.FeedRecords.Entry;
import dev.opentill.core.sync.StaffPinEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import dev.opentill.sync.internal.FeedApplier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff made at the centre log in at an enrolled till; PINs chosen or reset here go up as hashes, once. */
class PinChangeServiceTest {
    @TempDir
    Path dir;
    private final ObjectMapper wire = SyncJson.mapper();
    /** What the centre does with a PIN typed into its admin API. */
    private final PinHasher centre = new PinHasher(10_000);
    private final UUID cashierId = UuidV7.next();
    private final UUID managerId = UuidV7.next();
    private final Instant madeAt = Instant.parse("2026-12-01T08:00:00Z");
    private TillStore store;
    private StaffRepository staff;
    private LoginService logins;
    private PinChangeService pins;
    private long feedSeq;

    @BeforeEach
    void setUp() {
        store = TillFixture.newStore(dir);
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog("S1-T1", clock);
        staff = new StaffRepository(store, audit, clock, 3, Duration.ofMinutes(5));
        logins = new LoginService(store, staff, audit);
        pins = new PinChangeService(staff, new StaffPinWriter(store, audit, clock, new PinHasher(1000), "S1", "S1-T1"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private FeedRecords.Staff person(UUID id, String code, String role, String pin, boolean temporary,
            boolean enabled) {
        return new FeedRecords.Staff(id, code, "Person " + code, role, enabled, centre.hash(pin), temporary, madeAt, 0,
                madeAt);
    }

    /** A feed page as the centre writes it, applied as the sync agent applies it. */
    private void pull(FeedRecords.Staff... people) throws IOException {
        StringBuilder page = new StringBuilder("{\"entries\":[");
        for (int i = 0; i < people.length; i++) {
            page.append(i == 0 ? "" : ",").append(wire.writeValueAsString(Entry.of(++feedSeq, people[i])));
        }
        page.append("],\"position\":").append(feedSeq).append(",\"more\":false,\"serverTime\":\"")
                .append(Instant.now()).append("\"}");
        new FeedApplier(store.dsl(), wire).apply(new ByteArrayInputStream(
                page.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void pullCashierAndManager() throws IOException {
        pull(person(cashierId, "5001", "CASHIER", "2468", true, true),
                person(managerId, "9101", "MANAGER", "1357", false, true));
    }

    private JsonNode onlyOutboxEvent() throws IOException {
        var rows = store.dsl().selectFrom(OUTBOX).fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getEventType()).isEqualTo(StaffPinEvent.TYPE);
        return wire.readTree(rows.get(0).getPayload());
    }

    @Test
    void aCentreMadeTemporaryPinMustBeReplacedBeforeSigningInAndOnlyTheHashGoesUp() throws IOException {
        pullCashierAndManager();

        LoginOutcome first = logins.login("5001", "2468");
        LoginOutcome changed = pins.changeTemporaryPin("5001", "2468", "97531");

        assertThat(first).isInstanceOf(LoginOutcome.MustChangePin.class);
        assertThat(changed).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(logins.login("5001", "97531")).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(logins.login("5001", "2468")).isInstanceOf(LoginOutcome.WrongPin.class);
        JsonNode event = onlyOutboxEvent();
        assertThat(event.path("reason").asText()).isEqualTo(StaffPinEvent.FIRST_LOGIN);
        assertThat(event.path("temporary").asBoolean()).isFalse();
        assertThat(PinHasher.verify("97531", event.path("pinHash").asText())).isTrue();
        event.fieldNames().forEachRemaining(f -> assertThat(f).isNotEqualToIgnoringCase("pin"));
        assertThat(event.toString()).doesNotContain("97531").doesNotContain("2468");
        assertThat(store.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(AUDIT_LOG.ACTION))
                .containsSubsequence("LOGIN_PIN_CHANGE_REQUIRED", "PIN_CHANGED", "LOGIN");
    }

    @Test
    void aNewPinThatBreaksTheRulesIsRefusedAndTheTemporaryOneStays() throws IOException {
        pullCashierAndManager();

        assertThatThrownBy(() -> pins.changeTemporaryPin("5001", "2468", "2468"))
                .isInstanceOfSatisfying(PinChangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(PinChangeException.Reason.SAME_AS_OLD));
        assertThatThrownBy(() -> pins.changeTemporaryPin("5001", "2468", "12"))
                .isInstanceOfSatisfying(PinChangeException.class,
                        e -> assertThat(e.detail()).isEqualTo("too_short"));
        assertThat(store.dsl().fetchCount(OUTBOX)).isZero();
        assertThat(logins.login("5001", "2468")).isInstanceOf(LoginOutcome.MustChangePin.class);
    }

    @Test
    void aManagerResetsACashiersPinWithTheirOwnPinAndTheResetGoesUpOnceAsATemporaryHash() throws IOException {
        pullCashierAndManager();
        pins.changeTemporaryPin("5001", "2468", "97531");
        store.dsl().deleteFrom(OUTBOX).execute();

        var approver = pins.resetByManager("5001", "9101", "1357", "86420");

        assertThat(approver.id()).isEqualTo(managerId);
        JsonNode event = onlyOutboxEvent();
        assertThat(event.path("reason").asText()).isEqualTo(StaffPinEvent.MANAGER_RESET);
        assertThat(event.path("approvedBy").asText()).isEqualTo(managerId.toString());
        assertThat(event.path("temporary").asBoolean()).isTrue();
        assertThat(event.toString()).doesNotContain("86420").doesNotContain("1357");
        assertThat(logins.login("5001", "86420")).isInstanceOf(LoginOutcome.MustChangePin.class);
        var audit = store.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("PIN_RESET")).fetchSingle();
        assertThat(audit.getApproverId()).isEqualTo(managerId);
    }

    @Test
    void wrongManagerPinsChangeNothingAndLockTheManagerOut() throws IOException {
        pullCashierAndManager();
        String before = store.dsl().select(CASHIER.PIN_HASH).from(CASHIER).where(CASHIER.ID.eq(cashierId))
                .fetchSingle().value1();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> pins.resetByManager("5001", "9101", "0000", "86420"))
                    .isInstanceOfSatisfying(PinChangeException.class,
                            e -> assertThat(e.reason()).isEqualTo(PinChangeException.Reason.NOT_AUTHORISED));
        }
        assertThatThrownBy(() -> pins.resetByManager("5001", "9101", "0000", "86420"))
                .isInstanceOfSatisfying(PinChangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(PinChangeException.Reason.APPROVER_LOCKED));
        assertThatThrownBy(() -> pins.resetByManager("5001", "9101", "1357", "86420"))
                .as("even the right PIN while locked")
                .isInstanceOfSatisfying(PinChangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(PinChangeException.Reason.APPROVER_LOCKED));
        assertThat(store.dsl().select(CASHIER.PIN_HASH).from(CASHIER).where(CASHIER.ID.eq(cashierId)).fetchSingle()
                .value1()).isEqualTo(before);
        assertThat(store.dsl().fetchCount(OUTBOX)).isZero();
    }

    @Test
    void aCashierCannotResetAnothersPin() throws IOException {
        UUID other = UuidV7.next();
        pullCashierAndManager();
        pull(person(other, "5002", "CASHIER", "8642", false, true));

        assertThatThrownBy(() -> pins.resetByManager("5001", "5002", "8642", "86420"))
                .isInstanceOfSatisfying(PinChangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(PinChangeException.Reason.NOT_AUTHORISED));
        assertThat(store.dsl().fetchCount(OUTBOX)).isZero();
    }

    @Test
    void aManagerCanLogInOnlyWhileAnEnabledOneIsOnTheList() throws IOException {
        assertThat(staff.aManagerCanLogIn()).isFalse();
        pullCashierAndManager();
        assertThat(staff.aManagerCanLogIn()).isTrue();

        pull(person(managerId, "9101", "MANAGER", "1357", false, false));

        assertThat(staff.aManagerCanLogIn()).isFalse();
        assertThat(logins.login("9101", "1357")).isInstanceOf(LoginOutcome.UnknownCashier.class);
    }

    @Test
    void aPinChosenHereIsNotUndoneByAnOlderEntryFromTheFeed() throws IOException {
        pullCashierAndManager();
        pins.changeTemporaryPin("5001", "2468", "97531");

        // The centre has not received the change yet and announces the person again (a new name, say).
        pull(person(cashierId, "5001", "CASHIER", "2468", true, true));

        assertThat(logins.login("5001", "97531")).isInstanceOf(LoginOutcome.SignedIn.class);
    }
}
