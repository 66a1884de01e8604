package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.blankToNull;
import static dev.opentill.central.admin.ImportRules.require;
import static dev.opentill.central.admin.ImportRules.scope;
import static dev.opentill.central.jooq.Tables.CATEGORY;
import static dev.opentill.central.jooq.Tables.COUPON;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PROMOTION;
import static dev.opentill.central.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.central.jooq.Tables.STORE;

import dev.opentill.central.admin.ImportRecords.CouponRow;
import dev.opentill.central.admin.ImportRecords.PromotionRow;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.feed.PromotionRulesJson;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Schedule;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Imports of what the chain offers at the till: promotions and coupons, by code, each import
 * all or nothing with its change log entries.
 */
public final class OfferImport {
    private final DSLContext dsl;
    private final Clock clock;

    public OfferImport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Creates or updates promotions by code, all in one transaction; a promotion's products are
     * replaced by the row's. Terms are checked by the same rule the tills apply
     * ({@link Promotion#problem}), so nothing a till would refuse reaches the feed.
     */
    public int promotions(List<PromotionRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OffsetDateTime now = now();
            Map<String, UUID> stores = tx.select(STORE.CODE, STORE.ID).from(STORE).fetchMap(STORE.CODE, STORE.ID);
            List<Change> changes = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            Set<String> categories = new HashSet<>(tx.select(CATEGORY.CODE).from(CATEGORY).fetch(CATEGORY.CODE));
            for (PromotionRow r : rows) {
                requireCodeAndNames("promotion", r.code(), r.nameZh(), r.nameEn(), codes);
                LocalTime from = r.dailyFrom() == null
                        ? null
                        : parse(r.code(), "dailyFrom", () -> LocalTime.parse(r.dailyFrom()));
                LocalTime to = r.dailyTo() == null
                        ? null
                        : parse(r.code(), "dailyTo", () -> LocalTime.parse(r.dailyTo()));
                List<String> days = r.days() == null ? List.of() : r.days();
                PromotionRules rules = null;
                Collection<UUID> products;
                if (PromotionTerms.firstTable(r)) {
                    Promotion.Kind kind = parse(r.code(), "kind", () -> Promotion.Kind.valueOf(r.kind()));
                    String problem = Promotion.problem(kind, r.percentOffBp(), r.buyQuantity(),
                            r.bundlePriceMinor(), r.validFrom(), r.validTo(), from, to);
                    require(problem == null, "promotion " + r.code() + " " + problem);
                    checkDays(r.code(), days);
                    products = skus(tx, r.code(), r.skus()).values();
                } else {
                    PromotionTerms.kind(r);
                    checkDays(r.code(), days);
                    Schedule schedule = new Schedule(r.validFrom(), r.validTo(), days.stream()
                            .map(d -> DayOfWeek.of(DAYS.indexOf(d) + 1)).collect(Collectors.toSet()), from, to);
                    rules = PromotionTerms.rules(r, schedule, skus -> skuIds(tx, skus), categories);
                    products = rules.conditions().products();
                }
                UUID storeId = scope(stores, r.storeCode());
                Map<Field<?>, Object> terms = new LinkedHashMap<>();
                terms.put(PROMOTION.NAME_ZH, r.nameZh());
                terms.put(PROMOTION.NAME_EN, r.nameEn());
                terms.put(PROMOTION.KIND, r.kind());
                terms.put(PROMOTION.RULES, rules == null ? null : PromotionRulesJson.write(rules));
                terms.put(PROMOTION.PERCENT_OFF_BP, r.percentOffBp());
                terms.put(PROMOTION.BUY_QUANTITY, r.buyQuantity());
                terms.put(PROMOTION.BUNDLE_PRICE_MINOR, r.bundlePriceMinor());
                terms.put(PROMOTION.STORE_ID, storeId);
                terms.put(PROMOTION.VALID_FROM, r.validFrom().atOffset(ZoneOffset.UTC));
                terms.put(PROMOTION.VALID_TO, r.validTo() == null ? null : r.validTo().atOffset(ZoneOffset.UTC));
                terms.put(PROMOTION.DAYS, String.join(",", days));
                terms.put(PROMOTION.DAILY_FROM, from);
                terms.put(PROMOTION.DAILY_TO, to);
                terms.put(PROMOTION.ACTIVE, r.active() == null || r.active());
                terms.put(PROMOTION.UPDATED_AT, now);
                UUID id = upsertByCode(tx, PROMOTION, PROMOTION.ID, PROMOTION.CODE, PROMOTION.STORE_ID, r.code(),
                        storeId,
                        terms, FeedRecords.PROMOTION, changes);
                tx.deleteFrom(PROMOTION_PRODUCT).where(PROMOTION_PRODUCT.PROMOTION_ID.eq(id)).execute();
                var links = tx.insertInto(PROMOTION_PRODUCT, PROMOTION_PRODUCT.PROMOTION_ID,
                        PROMOTION_PRODUCT.PRODUCT_ID);
                for (UUID product : products) {
                    links = links.values(id, product);
                }
                if (!products.isEmpty()) {
                    links.execute();
                }
            }
            ChangeLogWriter.append(tx, changes, now);
            return rows.size();
        });
    }

    /**
     * Issues, changes or withdraws coupons by code, all or none. A coupon already redeemed keeps
     * its redemption; its terms may still be corrected.
     */
    public int coupons(List<CouponRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OffsetDateTime now = now();
            Map<String, UUID> stores = tx.select(STORE.CODE, STORE.ID).from(STORE).fetchMap(STORE.CODE, STORE.ID);
            List<Change> changes = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (CouponRow r : rows) {
                requireCodeAndNames("coupon", r.code(), r.nameZh(), r.nameEn(), codes);
                require(r.amountOffMinor() > 0 && r.minSpendMinor() >= 0,
                        "coupon " + r.code() + " needs an amount off > 0 and a minimum spend >= 0");
                require(r.validFrom() != null && (r.validTo() == null || r.validTo().isAfter(r.validFrom())),
                        "coupon " + r.code() + " needs validFrom before validTo");
                UUID storeId = scope(stores, r.storeCode());
                Map<Field<?>, Object> terms = new LinkedHashMap<>();
                terms.put(COUPON.NAME_ZH, r.nameZh());
                terms.put(COUPON.NAME_EN, r.nameEn());
                terms.put(COUPON.AMOUNT_OFF_MINOR, r.amountOffMinor());
                terms.put(COUPON.MIN_SPEND_MINOR, r.minSpendMinor());
                terms.put(COUPON.MEMBER_CARD, blankToNull(r.memberCard()));
                terms.put(COUPON.STORE_ID, storeId);
                terms.put(COUPON.VALID_FROM, r.validFrom().atOffset(ZoneOffset.UTC));
                terms.put(COUPON.VALID_TO, r.validTo() == null ? null : r.validTo().atOffset(ZoneOffset.UTC));
                terms.put(COUPON.ACTIVE, r.active() == null || r.active());
                terms.put(COUPON.UPDATED_AT, now);
                upsertByCode(tx, COUPON, COUPON.ID, COUPON.CODE, COUPON.STORE_ID, r.code(), storeId, terms,
                        FeedRecords.COUPON, changes);
            }
            ChangeLogWriter.append(tx, changes, now);
            return rows.size();
        });
    }

    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private static void checkDays(String code, List<String> days) {
        days.forEach(d -> require(DAYS.contains(d), "promotion " + code + ": days are MON..SUN, not " + d));
    }

    /** The products of a first-table promotion's SKUs: at least one, every one known. */
    private static Map<String, UUID> skus(DSLContext tx, String code, List<String> list) {
        List<String> skus = list == null ? List.of() : list;
        require(!skus.isEmpty(), "promotion " + code + " needs the SKUs it covers");
        Map<String, UUID> products = skuIds(tx, skus);
        skus.forEach(sku -> require(products.containsKey(sku), "promotion " + code + ": unknown SKU " + sku));
        return products;
    }

    private static Map<String, UUID> skuIds(DSLContext tx, Collection<String> skus) {
        return tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(skus))
                .fetchMap(PRODUCT.SKU, PRODUCT.ID);
    }

    /** A code-keyed thing's code and names are present, and its code is not used twice in the import. */
    private static void requireCodeAndNames(String what, String code, String nameZh, String nameEn, Set<String> seen) {
        require(code != null && !code.isBlank() && code.length() <= 40 && nameZh != null && nameEn != null,
                what + " " + code + " needs a code (at most 40) and names");
        require(seen.add(code), what + " " + code + " appears twice in this import");
    }

    /**
     * Creates or updates the row with this code and announces it to its store's tills (every
     * till when {@code storeId} is null); one that moved from another scope is announced there
     * too, so those tills drop it. Returns the row's id.
     */
    private static UUID upsertByCode(DSLContext tx, Table<?> table, Field<UUID> idField, Field<String> codeField,
            Field<UUID> storeField, String code, UUID storeId, Map<Field<?>, Object> terms, String entity,
            List<Change> changes) {
        var existing = tx.select(idField, storeField).from(table).where(codeField.eq(code)).fetchOne();
        UUID id = existing == null ? UuidV7.next() : existing.value1();
        tx.insertInto(table).set(idField, id).set(codeField, code).set(terms).onConflict(idField).doUpdate()
                .set(terms).execute();
        changes.add(new Change(storeId, entity, id.toString()));
        if (existing != null && !Objects.equals(existing.value2(), storeId)) {
            changes.add(new Change(existing.value2(), entity, id.toString()));
        }
        return id;
    }

    private static <T> T parse(String code, String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw CentralException.malformed("promotion " + code + ": " + field + " is not valid");
        }
    }

    private OffsetDateTime now() {
        return ImportRules.now(clock);
    }
}
