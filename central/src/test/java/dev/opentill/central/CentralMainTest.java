package dev.opentill.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralMainTest {
    @Test
    void theEnvironmentConfiguresPostgresAndThePool() {
        CentralConfig c = CentralMain.fromEnvironment(Map.of("OPENTILL_DB_URL", "jdbc:postgresql://db/central",
                "OPENTILL_DB_POOL", "32", "OPENTILL_PORT", "9090", "OPENTILL_ADMIN_TOKEN", "secret"));
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db/central");
        assertThat(c.poolSize()).isEqualTo(32);
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.dbUser()).isEqualTo("opentill");
    }

    @Test
    void noDatabaseUrlMeansTheEmbeddedStoreOnLoopbackOnly() {
        CentralConfig c = CentralMain.fromEnvironment(Map.of());
        assertThat(c.jdbcUrl()).isNull();
        assertThat(c.dataDir()).hasToString("central-data");
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.adminToken()).isNull();
    }

    @Test
    void aCentreOnPostgresAlsoListensOnLoopbackUnlessAHostIsGiven() {
        CentralConfig quiet = CentralMain.fromEnvironment(Map.of("OPENTILL_DB_URL", "jdbc:postgresql://db/central"));
        CentralConfig open = CentralMain.fromEnvironment(Map.of("OPENTILL_DB_URL", "jdbc:postgresql://db/central",
                "OPENTILL_HOST", "0.0.0.0"));

        assertThat(quiet.host()).isEqualTo("127.0.0.1");
        assertThat(open.host()).isEqualTo("0.0.0.0");
    }

    @Test
    void withoutAnAdminTokenTheOwnerKeyGoesToAFileAndNeverToTheLog(@TempDir Path dir) throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String key;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (CentralPlatform central = CentralPlatform.start(CentralConfig.embedded(dir, 0, null))) {
            key = central.adminToken();
        } finally {
            System.setErr(err);
        }

        assertThat(Files.readString(dir.resolve("owner-key")).trim()).isEqualTo(key);
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(key);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("owner-key");
    }

    @Test
    void wrongValuesNameTheVariable() {
        assertThatThrownBy(() -> CentralMain.fromEnvironment(Map.of("OPENTILL_PORT", "80a")))
                .hasMessage("OPENTILL_PORT must be a whole number from 0 to 65535, not \"80a\"");
        assertThatThrownBy(() -> CentralMain.fromEnvironment(Map.of("OPENTILL_DB_POOL", "0")))
                .hasMessageStartingWith("OPENTILL_DB_POOL must be a whole number from 1");
        assertThatThrownBy(() -> CentralMain.fromEnvironment(Map.of("OPENTILL_DB_URL", "postgres://db")))
                .hasMessageStartingWith("OPENTILL_DB_URL must be a PostgreSQL JDBC URL");
    }
}
