package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.cash.Denominations;
import dev.opentill.core.money.Money;
import dev.opentill.core.staff.Role;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The cash office's store settings (checked by {@link SettingRules}; amounts in minor units):
 * blind counts, the denominations, the drop threshold, what cashiers and supervisors may pay in or
 * out unaided, the variance limits per tender and the business day's start. Unset keys take
 * {@link CashPolicy#defaults}.
 */
public final class CashSettings {
    public static final String BLIND_COUNT = "cash.blind_count";
    public static final String DENOMINATIONS = "cash.denominations";
    public static final String DROP_THRESHOLD = "cash.drop_threshold";
    public static final String LIMIT_CASHIER = "cash.limit.cashier";
    public static final String LIMIT_SUPERVISOR = "cash.limit.supervisor";
    public static final String VARIANCE_LIMIT = "cash.variance_limit";
    /** Per tender, e.g. {@code CASH=500,CARD=0}; tenders not named take {@link #VARIANCE_LIMIT}. */
    public static final String VARIANCE_LIMITS = "cash.variance_limits";
    /** {@code HH:mm}: sales before it belong to the previous business date. */
    public static final String DAY_START = "business.day_start";

    private CashSettings() {
    }

    /** The policy of this store from its settings. */
    public static CashPolicy load(DSLContext dsl, Currency currency, ZoneId zone) {
        Map<String, String> s = new HashMap<>();
        dsl.selectFrom(STORE_SETTING).where(STORE_SETTING.SETTING_KEY.startsWith("cash.")
                .or(STORE_SETTING.SETTING_KEY.eq(DAY_START)))
                .forEach(r -> s.put(r.getSettingKey(), r.getSettingValue().trim()));
        return from(s, currency, zone);
    }

    static CashPolicy from(Map<String, String> s, Currency currency, ZoneId zone) {
        CashPolicy d = CashPolicy.defaults(currency, zone);
        Denominations denominations = s.containsKey(DENOMINATIONS)
                ? Denominations.parse(currency, s.get(DENOMINATIONS))
                : d.denominations();
        Map<Role, Money> limits = new EnumMap<>(Role.class);
        limits.putAll(d.movementLimits());
        if (s.containsKey(LIMIT_CASHIER)) {
            limits.put(Role.CASHIER, minor(s.get(LIMIT_CASHIER), currency));
        }
        if (s.containsKey(LIMIT_SUPERVISOR)) {
            limits.put(Role.SUPERVISOR, minor(s.get(LIMIT_SUPERVISOR), currency));
        }
        Map<String, Money> variance = new HashMap<>();
        if (s.containsKey(VARIANCE_LIMITS)) {
            for (String pair : s.get(VARIANCE_LIMITS).split(",")) {
                String[] kv = pair.split("=");
                variance.put(kv[0], minor(kv[1], currency));
            }
        }
        return new CashPolicy(denominations,
                s.containsKey(BLIND_COUNT) ? Boolean.parseBoolean(s.get(BLIND_COUNT)) : d.blindCount(),
                s.containsKey(DROP_THRESHOLD) ? minor(s.get(DROP_THRESHOLD), currency) : d.dropThreshold(), limits,
                variance,
                s.containsKey(VARIANCE_LIMIT) ? minor(s.get(VARIANCE_LIMIT), currency) : d.defaultVarianceLimit(),
                s.containsKey(DAY_START) ? LocalTime.parse(s.get(DAY_START)) : d.dayStart(), zone);
    }

    private static Money minor(String v, Currency c) {
        return Money.ofMinor(Long.parseLong(v), c);
    }
}
