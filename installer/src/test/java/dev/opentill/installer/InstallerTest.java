package dev.opentill.installer;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.migrations.TillStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallerTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(String... args) {
        output.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data=" + dir.resolve("data");
        all[1] = "--lang=en";
        System.arraycopy(args, 0, all, 2, args.length);
        return Installer.run(all, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private String setting(String key) {
        try (TillStore store = TillStore.open(dir.resolve("data/till"))) {
            return store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE, STORE_SETTING.SETTING_KEY.eq(key));
        }
    }

    @Test
    void aValidSettingIsStoredAndAWrongOneIsRefusedWithTheKeyNamed() {
        assertThat(run("set", "cash.rounding.step", "10")).isZero();
        assertThat(setting("cash.rounding.step")).isEqualTo("10");

        assertThat(run("set", "tax.mode", "GROSS")).isEqualTo(1);
        assertThat(out()).contains("tax.mode").contains("INCLUSIVE or EXCLUSIVE");
        assertThat(setting("tax.mode")).isNull();
    }

    @Test
    void setRefusesAnUnknownKeyAndValuesThatWouldBreakTheTillLater() {
        assertThat(run("set", "tax.mod", "EXCLUSIVE")).isEqualTo(1);
        assertThat(out()).contains("tax.mod is not a setting");
        assertThat(run("set", "cash.rounding.mode", "UNNECESSARY")).isEqualTo(1);
        assertThat(out()).contains("DOWN, UP or HALF_UP");
        assertThat(run("set", "currency", "XAU")).isEqualTo(1);
        assertThat(run("set", "points.per.yuan", "-5")).isEqualTo(1);
        assertThat(run("set", "store.code", "")).isEqualTo(1);
        assertThat(setting("tax.mod")).isNull();
        assertThat(setting("cash.rounding.mode")).isNull();
    }

    @Test
    void theCredentialCannotBeTypedIn() {
        assertThat(run("set", "sync.credential", "guess")).isEqualTo(1);
        assertThat(setting("sync.credential")).isNull();
    }

    @Test
    void enrollmentWithAOneTimeCodeStoresTheCredentialWhichStatusNeverShows() {
        try (CentralPlatform central = CentralPlatform
                .start(CentralConfig.embedded(dir.resolve("central"), 0, "token"))) {
            central.admin().createStore("S0042", "Store 42");
            central.admin().createTerminal("S0042", "S0042-T03");
            String code = central.admin().enrollmentCode("S0042", "S0042-T03", Duration.ofMinutes(5)).code();

            assertThat(run("enroll", central.url(), code)).isZero();
            assertThat(out()).contains("S0042-T03");
            assertThat(run("enroll", central.url(), code)).as("a one-time code works once").isEqualTo(1);
        }
        String credential = setting("sync.credential");
        assertThat(credential).isNotBlank();
        assertThat(run("status")).isZero();
        assertThat(out()).contains("Enrolled").contains("terminal.code = S0042-T03").doesNotContain(credential);
    }

    @Test
    void theInstallerPrintsOnlyItsOwnLinesWithoutLibraryLogosTipsOrInfoLogs() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Installer.class.getName(),
                "--data=" + dir.resolve("data"),
                "--lang=en", "init").redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(printed.strip().lines()).singleElement().asString().startsWith("Till store ready:");
    }

    @Test
    void anUnknownCommandPrintsUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(out()).startsWith("Usage:");
    }
}
