package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.money.CashRounding;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tax.TaxMode;
import dev.opentill.core.tax.TaxPolicy;
import dev.opentill.core.tax.TaxRounding;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The store settings the sale workflow needs, read from {@code store_setting}. An unknown key or a
 * wrong value fails with a {@link SettingException} naming the key and what it accepts, before the
 * till starts selling (see {@link SettingRules} for every key).
 */
public record TillConfig(
        String storeCode, String terminalCode, Receipt.StoreHeader headerZh, Receipt.StoreHeader headerEn,
        TaxPolicy taxPolicy, List<String> footerZh, List<String> footerEn, long pointsPerYuan) {

    public static TillConfig load(DSLContext dsl) {
        Map<String, String> s = new HashMap<>();
        dsl.selectFrom(STORE_SETTING).forEach(r -> s.put(r.getSettingKey(), r.getSettingValue()));
        return from(s);
    }

    /** Keys whose values are never shown (the sync credential, the audit key). */
    public static boolean isSecret(String key) {
        return SettingRules.SECRETS.contains(key);
    }

    public static TillConfig from(Map<String, String> s) {
        SettingRules.check(s);
        String store = s.getOrDefault("store.code", "S0001");
        String terminal = s.getOrDefault("terminal.code", store + "-T01");
        Currency currency = parse(s, "currency", "CNY", Currency::getInstance, "an ISO 4217 code such as CNY");
        TaxMode mode = parse(s, "tax.mode", "INCLUSIVE", TaxMode::valueOf, "INCLUSIVE or EXCLUSIVE");
        TaxRounding rounding = parse(s, "tax.rounding", "PER_TOTAL", TaxRounding::valueOf, "PER_LINE or PER_TOTAL");
        long step = parse(s, "cash.rounding.step", "1", Long::parseLong, "a positive number of minor units");
        RoundingMode rMode = parse(s, "cash.rounding.mode", "HALF_UP", RoundingMode::valueOf, "DOWN, UP or HALF_UP");
        long points = parse(s, "points.per.yuan", "1", Long::parseLong, "a whole number");
        CashRounding cash;
        try {
            cash = step == 1 ? CashRounding.NONE : new CashRounding(step, rMode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Setting cash.rounding.step must be a positive number of minor units, was " + step);
        }
        String address = s.getOrDefault("store.address", "");
        String phone = s.getOrDefault("store.phone", "");
        String taxId = s.getOrDefault("store.tax_id", "");
        Receipt.StoreHeader zh = new Receipt.StoreHeader(s.getOrDefault("store.name.zh", store), address, phone, taxId,
                null);
        Receipt.StoreHeader en = new Receipt.StoreHeader(s.getOrDefault("store.name.en", store), address, phone, taxId,
                null);
        return new TillConfig(store, terminal, zh, en, new TaxPolicy(currency, mode, rounding, cash),
                lines(s.get("receipt.footer.zh")), lines(s.get("receipt.footer.en")), points);
    }

    public Currency currency() {
        return taxPolicy.currency();
    }

    public Receipt.StoreHeader header(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? headerZh : headerEn;
    }

    public List<String> footer(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? footerZh : footerEn;
    }

    public Money zero() {
        return Money.zero(currency());
    }

    private static List<String> lines(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.split("\\\\n|\n"));
    }

    private static <T> T parse(Map<String, String> s, String key, String dflt, Function<String, T> f,
            String accepts) {
        String v = s.getOrDefault(key, dflt).trim();
        try {
            return f.apply(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Setting " + key + " must be " + accepts + ", was '" + v + "'");
        }
    }
}
