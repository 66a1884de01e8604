package dev.opentill.app;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.setup.SetupStep;
import dev.opentill.app.store.SetupRepository;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which till opens on the setup wizard: a bare one, or one whose setup stopped half-way; not one already selling. */
class SetupAtStartTest {
    @TempDir
    Path dir;

    private boolean opensOnTheWizard(Path data) {
        try (TillComposition till = new TillComposition(new TillOptions(data, Locale.ENGLISH), new DirectTaskRunner(),
                null, null)) {
            return till.setupParts() != null;
        }
    }

    @Test
    void aBareTillOpensOnTheWizardUntilItsSetupIsDone() {
        Path data = dir.resolve("bare");
        assertThat(opensOnTheWizard(data)).isTrue();

        try (TillStore store = TillStore.open(data.resolve("till"))) {
            new SetupRepository(store, Clock.systemUTC()).put(SetupRepository.STEP, SetupStep.DEVICES.name());
        }
        assertThat(opensOnTheWizard(data)).as("half-way").isTrue();

        try (TillStore store = TillStore.open(data.resolve("till"))) {
            new SetupRepository(store, Clock.systemUTC()).put(SetupRepository.STEP, SetupStep.DONE.name());
        }
        assertThat(opensOnTheWizard(data)).as("done").isFalse();
    }

    @Test
    void aTillSetUpBeforeTheWizardExistedSellsWithoutItOnceAManagerCanLogIn() {
        Path data = dir.resolve("staffed");
        try (TillStore store = TillStore.open(data.resolve("till"))) {
            TestStores.fill(store); // a cashier and a supervisor, nobody who manages
        }
        assertThat(opensOnTheWizard(data)).isTrue();

        try (TillStore store = TillStore.open(data.resolve("till"))) {
            store.dsl().update(CASHIER).set(CASHIER.ROLE, "MANAGER")
                    .where(CASHIER.LOGIN_CODE.eq(TestStores.SUPERVISOR_CODE)).execute();
        }
        assertThat(opensOnTheWizard(data)).isFalse();
    }
}
