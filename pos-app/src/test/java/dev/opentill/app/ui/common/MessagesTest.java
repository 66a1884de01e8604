package dev.opentill.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.tender.TenderType;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
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
        assertThat(en.text(UiText.ofFailure(new SaleException(SaleError.TENDER_SHORT, "x", "5.00"))))
                .isEqualTo("Still due: 5.00");
    }

    @Test
    void everyMessageRendersWithItsArgumentsInBothLanguagesWithoutALeftoverPlaceholder() {
        Set<String> bad = new TreeSet<>();
        for (Messages m : List.of(en, zh)) {
            var bundle = ResourceBundle.getBundle(Messages.BUNDLE, m.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                int n = Messages.needed(bundle.getString(key));
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    args[i] = "<arg" + i + ">";
                }
                String out = m.get(key, args);
                boolean allShown = Arrays.stream(args).allMatch(a -> out.contains((String) a));
                if (PLACEHOLDER.matcher(out).find() || !allShown || n > 0 && lostAQuote(bundle.getString(key))) {
                    bad.add(m.locale() + " " + key + " -> " + out);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyErrorReadsWithoutALeftoverPlaceholderWhenItsArgumentsAreMissing() {
        Set<String> bad = new TreeSet<>();
        for (Messages m : List.of(en, zh)) {
            for (SaleError e : SaleError.values()) {
                String out = m.text(UiText.of("error." + e.name()));
                if (PLACEHOLDER.matcher(out).find()) {
                    bad.add(m.locale() + " " + e + " -> " + out);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void tenderTypesAndSaleKindsHaveChineseNamesNotCodes() {
        for (TenderType t : TenderType.values()) {
            assertThat(zh.get("tender.type." + t.name())).as("tender.type.%s", t).doesNotContainPattern("[A-Za-z!]");
        }
        for (SaleKind k : SaleKind.values()) {
            assertThat(zh.get("journal.kind." + k.name())).as("journal.kind.%s", k).doesNotContainPattern("[A-Za-z!]");
        }
    }

    @Test
    void aRefusedTenderNamesItsTypeInTheCashiersLanguage() {
        var refused = new SaleException(SaleError.TENDER_NOT_ACCEPTED, "PREPAID only with its order", "PREPAID");

        assertThat(zh.text(UiText.ofFailure(refused))).contains("线上已付").doesNotContain("PREPAID");
    }

    @Test
    void anOverpaymentWithoutItsAmountReadsPlainly() {
        var refused = new SaleException(SaleError.TENDER_EXCEEDS_DUE, "The ticket is already paid");

        assertThat(en.text(UiText.ofFailure(refused))).isEqualTo("More than is due");
    }

    /** A lone apostrophe in a pattern with arguments starts a quoted part and hides what follows. */
    private static boolean lostAQuote(String pattern) {
        return pattern.replace("''", "").contains("'");
    }

    private static Set<String> keys(Locale l) {
        var b = ResourceBundle.getBundle(Messages.BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }
}
