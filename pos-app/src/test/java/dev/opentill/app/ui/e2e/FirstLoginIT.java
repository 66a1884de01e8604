package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.login.LoginView;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.sync.StaffPinEvent;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person whose PIN the centre made temporary chooses their own at the first sign-in, then sells. */
class FirstLoginIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new TillHarness(new TillOptions(dir, Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            // As the feed brings a person the centre created with a temporary PIN.
            store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "5001")
                    .set(CASHIER.NAME, "Sun Li").set(CASHIER.ROLE, "CASHIER")
                    .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("2468")).set(CASHIER.TEMPORARY_PIN, true)
                    .set(CASHIER.PIN_SET_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).execute();
        });
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void aTemporaryPinIsReplacedAtTheFirstSignInAndTheNewOneWorks() throws Exception {
        h.digits("5001");
        h.keys(KeyCode.ENTER);
        h.digits("2468");
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.visible("#" + LoginView.NEW_PIN_ID));
        assertThat(h.robot.lookup("#" + LoginView.CODE_ID).query().getParent().isVisible()).as("the sign-in fields")
                .isFalse();

        h.digits("97531");
        h.keys(KeyCode.ENTER);
        h.digits("97531");
        assertThat(h.text("#" + LoginView.CONFIRM_PIN_ID)).isEqualTo("●●●●●");
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());

        var outbox = h.till.store.dsl().selectFrom(OUTBOX).fetch();
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).getEventType()).isEqualTo(StaffPinEvent.TYPE);
        assertThat(outbox.get(0).getPayload()).doesNotContain("97531");
        var row = h.till.store.dsl().selectFrom(CASHIER).where(CASHIER.LOGIN_CODE.eq("5001")).fetchSingle();
        assertThat(row.getTemporaryPin()).isFalse();
        assertThat(PinHasher.verify("97531", row.getPinHash())).isTrue();
    }
}
