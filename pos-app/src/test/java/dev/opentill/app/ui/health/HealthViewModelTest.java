package dev.opentill.app.ui.health;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.health.HealthDesk;
import dev.opentill.app.health.TillHealth;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestClock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.health.HealthItem.Level;
import dev.opentill.core.security.PinHasher;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's health screen over the real health check of a real store (a bare till: no devices,
 * no centre), a cashier asking and a manager approving; and the verdict against scripted findings.
 */
class HealthViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private TillStore store;

    /** A health check that finds what it is given. */
    private record Found(List<HealthItem> items) implements TillHealth {
        @Override
        public List<HealthItem> check(Approval approver) {
            return items;
        }
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private HealthViewModel overARealTill() {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
        TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), clock, ZoneId.of("Asia/Shanghai"),
                BarcodeParser.withDefaultLayouts(), true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        return new HealthViewModel(new HealthDesk(store, till.authority(), clock, Duration.ofSeconds(1),
                d -> HealthItem.ok("device", "health.device.opens", d.connection())),
                new ApprovalFlow(runner, approvals));
    }

    @Test
    void aCashierAsksAManagerApprovesAndTheBareTillsProblemsAreListedWithTheVerdict() {
        HealthViewModel vm = overARealTill();
        approvals.answer = new Approval("8001", "8888");

        vm.checkCommand().execute();

        assertThat(approvals.asked).containsExactly(UiText.of("override.health"));
        assertThat(vm.rows()).extracting(r -> r.text().key()).containsSubsequence("health.devices.none",
                "health.centre.notEnrolled", "health.disk.ok", "health.store.size", "health.outbox.empty");
        assertThat(vm.rows()).filteredOn(r -> r.text().key().equals("health.centre.notEnrolled")).singleElement()
                .extracting(HealthViewModel.Row::level).isEqualTo(Level.FAIL);
        long failed = vm.rows().stream().filter(r -> r.level() == Level.FAIL).count();
        assertThat(failed).isPositive();
        assertThat(vm.verdictProperty().get()).isEqualTo(UiText.of("health.unhealthy", failed));
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void withoutAManagerNothingIsCheckedAndTheRefusalIsShown() {
        HealthViewModel vm = overARealTill();
        approvals.answer = new Approval("8001", "0000");

        vm.checkCommand().execute();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.verdictProperty().get().key()).startsWith("error.");
        assertThat(vm.checkCommand().isExecutable()).isTrue();
    }

    @Test
    void healthyOnlyWhenNoFindingFailedAndAWarningDoesNotMakeItUnhealthy() {
        List<HealthItem> found = List.of(HealthItem.ok("disk", "health.disk.ok", 900, "/var/lib/opentill"),
                HealthItem.warn("device.printer", "health.device.busy", "/dev/ttyUSB0"));
        HealthViewModel vm = new HealthViewModel(new Found(found), new ApprovalFlow(runner, approvals));

        vm.checkCommand().execute();

        assertThat(vm.rows()).containsExactly(
                new HealthViewModel.Row(Level.OK, UiText.of("health.disk.ok", "900", "/var/lib/opentill")),
                new HealthViewModel.Row(Level.WARN, UiText.of("health.device.busy", "/dev/ttyUSB0")));
        assertThat(vm.verdictProperty().get()).isEqualTo(UiText.of("health.healthy"));
    }

    @Test
    void aTillWithoutAHealthCheckOffersNoCheck() {
        HealthViewModel vm = new HealthViewModel(null, new ApprovalFlow(runner, approvals));

        assertThat(vm.checkCommand().isExecutable()).isFalse();
    }
}
