package dev.opentill.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sale.SaleError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void everySaleErrorHasAMessageInBothLanguages() {
        for (SaleError e : SaleError.values()) {
            assertThat(en.has("error." + e.name())).as("en error.%s", e).isTrue();
            assertThat(zh.has("error." + e.name())).as("zh error.%s", e).isTrue();
        }
    }

    @Test
    void chineseBundleHasExactlyTheEnglishKeys() {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyNamedInTheSourceExists() throws IOException {
        Pattern literal = Pattern.compile("(?:get|of)\\(\"([a-z_]+\\.[A-Za-z_.]+[A-Za-z_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/opentill/app/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!en.has(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseTextIsReadAsUtf8AndFilledIn() {
        assertThat(zh.text(UiText.of("error.UNKNOWN_BARCODE", "123"))).isEqualTo("未知条码 123");
        assertThat(en.text(UiText.ofFailure(new dev.opentill.core.sale.SaleException(SaleError.TENDER_SHORT, "x", "5.00"))))
                .isEqualTo("Still due: 5.00");
    }

    private static Set<String> keys(Locale l) {
        var b = java.util.ResourceBundle.getBundle(Messages.BUNDLE, l,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }
}
