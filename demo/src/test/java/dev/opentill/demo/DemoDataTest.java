package dev.opentill.demo;

import static dev.opentill.store.jooq.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.migrations.TillStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void createStoreFillsANewStoreThatStillOpensAfterCompaction() {
        Path store = dir.resolve("data/till");
        var summary = DemoData.createStore(store, 120, 3, done -> {
        });
        assertThat(summary).hasValueSatisfying(s -> assertThat(s.products()).isEqualTo(120));
        try (TillStore reopened = TillStore.open(store)) {
            assertThat(reopened.dsl().fetchCount(PRODUCT)).isEqualTo(120);
        }
    }

    @Test
    void createStoreLeavesAStoreWithACatalogAlone() {
        Path store = dir.resolve("till");
        DemoData.createStore(store, 100, 3, done -> {
        });
        assertThat(DemoData.createStore(store, 500, 4, done -> {
        })).isEmpty();
        try (TillStore reopened = TillStore.open(store)) {
            assertThat(reopened.dsl().fetchCount(PRODUCT)).isEqualTo(100);
        }
    }

    @Test
    void theGeneratorPrintsNoLibraryLogosTipsOrInfoLogs() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), DemoData.class.getName(), dir.resolve("till").toString(),
                "--products", "100").redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(printed).startsWith("Filling ").doesNotContain("jOOQ").doesNotContain("Flyway")
                .doesNotContain("flywaydb").doesNotContain("INFO");
    }

    @Test
    void optionsDefaultToTheDefaultCatalogSizeAndSeed() {
        var options = DemoData.Options.parse(new String[]{"data/till"});
        assertThat(options.store()).isEqualTo(Path.of("data/till"));
        assertThat(options.products()).isEqualTo(DemoStoreGenerator.DEFAULT_PRODUCTS);
        assertThat(options.seed()).isEqualTo(DemoStoreGenerator.DEFAULT_SEED);
    }

    @Test
    void optionsReadProductCountsWithSeparatorsAndASeed() {
        var options = DemoData.Options.parse(new String[]{"--products", "1_000_000", "data/till", "--seed", "9"});
        assertThat(options.products()).isEqualTo(1_000_000);
        assertThat(options.seed()).isEqualTo(9);
    }

    @Test
    void optionsRefuseAMissingPathOrABadCount() {
        assertThatThrownBy(() -> DemoData.Options.parse(new String[]{})).hasMessageContaining("store path");
        assertThatThrownBy(() -> DemoData.Options.parse(new String[]{"x", "--products", "many"}))
                .hasMessageContaining("--products");
        assertThatThrownBy(() -> DemoData.Options.parse(new String[]{"x", "--products", "5"}))
                .hasMessageContaining("between");
    }
}
