package dev.opentill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.migrations.TillStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which data folders {@code ./till} opens as the demo and which as the till they hold. */
class DemoTillTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderBecomesTheDemo() {
        assertThat(DemoTill.isOtherTill(dir)).isFalse();
    }

    @Test
    void aStoreMadeByTheInstallerIsOpenedAsThatTillNotAsTheDemo() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            assertThat(store.file()).isNotNull();
        }
        assertThat(DemoTill.isOtherTill(dir)).isTrue();
    }

    @Test
    void aStoreBesideTheDemoCentreIsTheDemo() throws Exception {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            assertThat(store.file()).isNotNull();
        }
        Files.createDirectories(dir.resolve(DemoCentral.FOLDER));
        assertThat(DemoTill.isOtherTill(dir)).isFalse();
    }
}
