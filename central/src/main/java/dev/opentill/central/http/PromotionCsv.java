package dev.opentill.central.http;

import dev.opentill.central.admin.ImportRecords.PromotionRow;
import dev.opentill.central.admin.ImportRecords.SkuPriceRow;
import dev.opentill.central.admin.ImportRecords.TierRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A promotion CSV row (lower-case snake_case headers, the JSON fields of {@link PromotionRow}):
 * code,name_zh,name_en,kind,percent_off_bp,buy_quantity,bundle_price_minor,store_code,valid_from,
 * valid_to,days,daily_from,daily_to,skus,active,amount_off_minor,get_quantity,get_sku,tiers,
 * on_ticket,member_prices,combo_slots,categories,min_quantity,min_spend_minor,spend_on_ticket,
 * member_only,channels,uses_per_ticket,cap_minor,per_member_per_day,budget_minor,total_uses,
 * with_others,with_coupons,exclusive_group,priority. Any column may be left out or empty. Lists
 * are separated by '|'; tiers are spend:off pairs ({@code 10000:2000|20000:5000}), member prices
 * sku:price pairs, combo slots lists of SKUs separated by ';' ({@code LATTE|MOCHA;MUFFIN}).
 */
final class PromotionCsv {
    private PromotionCsv() {
    }

    static PromotionRow row(Map<String, String> r) {
        return new PromotionRow(text(r, "code"), text(r, "name_zh"), text(r, "name_en"), text(r, "kind"),
                (int) number(r, "percent_off_bp"), (int) number(r, "buy_quantity"), number(r, "bundle_price_minor"),
                text(r, "store_code"), instant(r, "valid_from"), instant(r, "valid_to"), list(r.get("days")),
                text(r, "daily_from"), text(r, "daily_to"), list(r.get("skus")), bool(r, "active"),
                number(r, "amount_off_minor"), (int) number(r, "get_quantity"), text(r, "get_sku"),
                pairs(r, "tiers", (a, b) -> new TierRow(Long.parseLong(a), Long.parseLong(b))), flag(r, "on_ticket"),
                pairs(r, "member_prices", (a, b) -> new SkuPriceRow(a, Long.parseLong(b))),
                r.get("combo_slots") == null || r.get("combo_slots").isBlank()
                        ? null
                        : Arrays.stream(r.get("combo_slots").split(";")).map(PromotionCsv::list).toList(),
                list(r.get("categories")), (int) number(r, "min_quantity"), number(r, "min_spend_minor"),
                flag(r, "spend_on_ticket"), flag(r, "member_only"), list(r.get("channels")),
                (int) number(r, "uses_per_ticket"), number(r, "cap_minor"), (int) number(r, "per_member_per_day"),
                number(r, "budget_minor"), number(r, "total_uses"), bool(r, "with_others"), bool(r, "with_coupons"),
                text(r, "exclusive_group"), (int) number(r, "priority"));
    }

    private interface Pair<T> {
        T of(String a, String b);
    }

    private static <T> List<T> pairs(Map<String, String> r, String column, Pair<T> make) {
        return each(r, column, item -> {
            String[] ab = item.split(":");
            if (ab.length != 2) {
                throw new IllegalArgumentException(column + " holds " + item + ", not a:b");
            }
            try {
                return make.of(ab[0].trim(), ab[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " holds " + item + ", not a number after ':'");
            }
        });
    }

    private static <T> List<T> each(Map<String, String> r, String column, Function<String, T> make) {
        List<String> items = list(r.get(column));
        return items.isEmpty() ? null : items.stream().map(make).toList();
    }

    private static List<String> list(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static long number(Map<String, String> r, String column) {
        String v = text(r, column);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: " + v);
        }
    }

    private static Instant instant(Map<String, String> r, String column) {
        String v = text(r, column);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(column + " is not an ISO-8601 instant: " + v);
        }
    }

    private static Boolean bool(Map<String, String> r, String column) {
        String v = text(r, column);
        if (v == null) {
            return null;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(column + " is true or false, not " + v);
        }
        return Boolean.parseBoolean(v);
    }

    private static boolean flag(Map<String, String> r, String column) {
        return Boolean.TRUE.equals(bool(r, column));
    }
}
