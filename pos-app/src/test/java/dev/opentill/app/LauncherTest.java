package dev.opentill.app;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.shell.TillOpening;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;
    private final List<StartupFailure.Text> explained = new ArrayList<>();
    private final List<TillOpening> launched = new ArrayList<>();

    @Test
    void aTillThatCannotOpenIsExplainedInAWindowAndExitsNonZero() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "tax.mod")
                    .set(STORE_SETTING.SETTING_VALUE, "EXCLUSIVE").execute();
        }
        int exit = Launcher.start(Locale.ENGLISH,
                () -> new TillComposition(new TillOptions(dir, Locale.ENGLISH), new DirectTaskRunner(), null, null),
                explained::add, launched::add);

        assertThat(exit).isEqualTo(1);
        assertThat(launched).isEmpty();
        assertThat(explained).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("OpenTill cannot start");
            assertThat(t.reason()).contains("tax.mod");
            assertThat(t.advice()).contains("technician");
        });
    }

    @Test
    void theWindowSpeaksTheTillsLanguage() {
        int exit = Launcher.start(Locale.SIMPLIFIED_CHINESE, () -> {
            throw new IllegalStateException("store damaged");
        }, explained::add, launched::add);

        assertThat(exit).isEqualTo(1);
        assertThat(explained).singleElement().satisfies(t -> {
            assertThat(t.heading()).contains("收银机");
            assertThat(t.reason()).isEqualTo("store damaged");
        });
    }
}
