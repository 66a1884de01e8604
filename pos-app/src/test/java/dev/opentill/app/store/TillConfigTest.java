package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TillConfigTest {
    @TempDir
    Path dir;

    private static Map<String, String> with(String key, String value) {
        Map<String, String> s = new HashMap<>(Map.of("store.code", "S0001", "cash.rounding.step", "10"));
        s.put(key, value);
        return s;
    }

    @ParameterizedTest
    @CsvSource({
            "cash.rounding.mode, UNNECESSARY, 'DOWN, UP or HALF_UP'",
            "cash.rounding.mode, HALF_EVEN, 'DOWN, UP or HALF_UP'",
            "points.per.yuan, -1, 'from 0 to 1000'",
            "currency, XAU, 'ISO 4217'",
            "store.code, '', 'letters, digits or hyphens'",
            "cash.rounding.step, 0, 'from 1 to 1000'",
            "sync.url, ftp://central, 'http or https'",
    })
    void aValueOutsideWhatItsKeyDocumentsIsRefusedNamingTheKeyAndWhatItAccepts(String key, String value,
            String accepts) {
        assertThatThrownBy(() -> TillConfig.from(with(key, value)))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("Setting " + key + " must be").hasMessageContaining(accepts);
    }

    @Test
    void anUnknownKeyIsRefusedAsAPossibleTypo() {
        assertThatThrownBy(() -> TillConfig.from(with("tax.mod", "EXCLUSIVE")))
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.key()).isEqualTo("tax.mod");
                    assertThat(e.getMessage()).contains("tax.mod is not a setting").contains("tax.mode");
                });
    }

    @Test
    void aSecretsValueIsNeverShownInARefusal() {
        assertThatThrownBy(() -> TillConfig.from(with("sync.credential", " ")))
                .isInstanceOf(SettingException.class).hasMessageContaining("********");
    }

    @Test
    void theRefusalReadsInChineseToo() {
        assertThatThrownBy(() -> TillConfig.from(with("cash.rounding.mode", "HALF_EVEN")))
                .isInstanceOfSatisfying(SettingException.class,
                        e -> assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("设置项 cash.rounding.mode")
                                .contains("HALF_UP"));
    }

    @Test
    void theTillRefusesToStartWithABadSettingInItsStore() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, "tax.mod")
                    .set(STORE_SETTING.SETTING_VALUE, "EXCLUSIVE").execute();
            assertThatThrownBy(() -> TillConfig.load(store.dsl())).isInstanceOf(SettingException.class)
                    .hasMessageContaining("tax.mod");
        }
    }

    @Test
    void theDocumentedValuesAreAccepted() {
        Map<String, String> s = with("cash.rounding.mode", "DOWN");
        s.putAll(Map.of("currency", "CNY", "tax.mode", "EXCLUSIVE", "tax.rounding", "PER_LINE", "points.per.yuan", "0",
                "terminal.code", "S0001-T02", "sync.url", "https://central.example.com", "store.name.zh", "店"));
        TillConfig c = TillConfig.from(s);
        assertThat(c.pointsPerYuan()).isZero();
        assertThat(c.terminalCode()).isEqualTo("S0001-T02");
    }
}
