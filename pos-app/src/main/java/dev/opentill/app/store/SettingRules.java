package dev.opentill.app.store;

import dev.opentill.core.receipt.InvoiceLink;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every {@code store_setting} key the till knows and what each accepts (described in the
 * {@code settings} bundle as {@code setting.<key>}); anything else is refused, so a typo such as
 * {@code tax.mod} is caught when it is set and at start, not when the first sale needs it.
 */
final class SettingRules {
    /** Values never shown, not even in a refusal. */
    static final Set<String> SECRETS = Set.of("sync.credential", AuditLog.KEY_SETTING, ReceiptAssets.INVOICE_KEY);

    private static final Set<String> CASH_MODES = Set.of(RoundingMode.DOWN.name(), RoundingMode.UP.name(),
            RoundingMode.HALF_UP.name());
    private static final Map<String, Predicate<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("store.code", SettingRules::code);
        RULES.put("terminal.code", SettingRules::code);
        RULES.put("store.name.zh", v -> text(v, 100));
        RULES.put("store.name.en", v -> text(v, 100));
        RULES.put("store.address", v -> v.length() <= 200);
        RULES.put("store.phone", v -> v.length() <= 40);
        RULES.put("store.tax_id", v -> v.length() <= 40);
        RULES.put("currency", SettingRules::currency);
        RULES.put("tax.mode", v -> v.equals("INCLUSIVE") || v.equals("EXCLUSIVE"));
        RULES.put("tax.rounding", v -> v.equals("PER_LINE") || v.equals("PER_TOTAL"));
        RULES.put("cash.rounding.step", v -> whole(v, 1, 1000));
        RULES.put("cash.rounding.mode", CASH_MODES::contains);
        RULES.put("points.per.yuan", v -> whole(v, 0, 1000));
        RULES.put("receipt.footer.zh", v -> v.length() <= 1000);
        RULES.put("receipt.footer.en", v -> v.length() <= 1000);
        RULES.put("sync.url", SettingRules::httpUrl);
        RULES.put("sync.credential", v -> !v.isBlank());
        RULES.put("sync.allow_plain_http", v -> v.equals("true") || v.equals("false"));
        RULES.put("ticket.closed_through", v -> v.matches("[0-9]{1,18}"));
        RULES.put(SalePruner.RETENTION_SETTING, v -> whole(v, 30, 3650));
        RULES.put(SalePruner.PRUNED_BEFORE, v -> v.matches("[0-9T:.Z-]{1,40}"));
        RULES.put(AuditLog.KEY_SETTING, v -> v.matches("[0-9a-f]{64}"));
        // The cash office (CashSettings).
        RULES.put(CashSettings.BLIND_COUNT, v -> v.equals("true") || v.equals("false"));
        RULES.put(CashSettings.DENOMINATIONS, v -> v.matches("[0-9,]*(\\|[0-9,]*)?") && v.length() <= 400);
        RULES.put(CashSettings.DROP_THRESHOLD, v -> whole(v, 0, 999_999_999));
        RULES.put(CashSettings.LIMIT_CASHIER, v -> whole(v, 0, 999_999_999));
        RULES.put(CashSettings.LIMIT_SUPERVISOR, v -> whole(v, 0, 999_999_999));
        RULES.put(CashSettings.VARIANCE_LIMIT, v -> whole(v, 0, 999_999_999));
        RULES.put(CashSettings.VARIANCE_LIMITS, v -> v.matches("([A-Z_]{1,20}=[0-9]{1,9})(,[A-Z_]{1,20}=[0-9]{1,9})*"));
        RULES.put(CashSettings.DAY_START, v -> v.matches("([01][0-9]|2[0-3]):[0-5][0-9]"));
        // Daily order numbers of made-to-order sales (OrderNumbering): this till's block of the store's.
        RULES.put(OrderNumbering.SLOT, v -> whole(v, 0, 9));
        RULES.put(OrderNumbering.SLOTS, v -> whole(v, 1, 10));
        // The cup-label printer (LabelSettings).
        RULES.put(LabelSettings.SIZE, LabelSettings::size);
        RULES.put(LabelSettings.CHINESE, v -> v.equals("font") || v.equals("bitmap"));
        RULES.put(LabelSettings.QR, v -> v.equals("true") || v.equals("false"));
        // The setup wizard and installer setup (SetupRepository).
        RULES.put(SetupRepository.STEP, v -> v.matches("LANGUAGE|ENROLL|DEVICES|SUMMARY|DONE"));
        RULES.put(SetupRepository.LANGUAGE, v -> v.equals("zh") || v.equals("en"));
        // Receipts (ReceiptAssets): the logo switch, and the invoice QR settings the feed brings.
        RULES.put(ReceiptAssets.LOGO_SETTING, v -> v.equals("true") || v.equals("false"));
        RULES.put(ReceiptAssets.INVOICE_URL, v -> InvoiceLink.problem(v) == null);
        RULES.put(ReceiptAssets.INVOICE_KEY, v -> v.matches("[0-9a-f]{64}"));
        // Delivery-platform orders (issue 14): accepted without a cashier when true.
        RULES.put(DeliveryRepository.AUTO_ACCEPT, v -> v.equals("true") || v.equals("false"));
    }

    private SettingRules() {
    }

    /** Refuses the first unknown key or value outside its rule, in key order. */
    static void check(Map<String, String> settings) {
        settings.keySet().stream().sorted().forEach(key -> {
            Predicate<String> rule = RULES.get(key);
            if (rule == null) {
                throw SettingException.unknown(key, String.join(", ", RULES.keySet()));
            }
            String value = settings.get(key);
            if (value == null || !rule.test(value.trim())) {
                throw SettingException.refused(key, SECRETS.contains(key) ? "********" : value);
            }
        });
    }

    private static boolean code(String v) {
        return v.matches("[A-Za-z0-9-]{1,40}");
    }

    private static boolean text(String v, int max) {
        return !v.isBlank() && v.length() <= max;
    }

    private static boolean whole(String v, long min, long max) {
        if (!v.matches("[0-9]{1,9}")) {
            return false;
        }
        long n = Long.parseLong(v);
        return n >= min && n <= max;
    }

    private static boolean currency(String v) {
        try {
            int digits = Currency.getInstance(v).getDefaultFractionDigits();
            return v.matches("[A-Z]{3}") && digits >= 0 && digits <= 3 && !v.startsWith("X");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean httpUrl(String v) {
        try {
            URI u = new URI(v);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
