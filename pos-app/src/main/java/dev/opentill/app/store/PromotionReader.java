package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PROMOTION;
import static dev.opentill.store.jooq.Tables.PROMOTION_PRODUCT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Schedule;
import dev.opentill.store.jooq.tables.records.PromotionRecord;
import dev.opentill.sync.SyncJson;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the promotions the till holds: those with rules from their rules (any kind the engine
 * knows), the first table's from their kind and three numbers. Also reads the category of every
 * product a category condition may reach, since ticket lines do not carry it.
 */
final class PromotionReader {
    private static final Logger LOG = LoggerFactory.getLogger(PromotionReader.class);
    private static final ObjectMapper JSON = SyncJson.mapper();
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT",
            DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    /** The promotions, and the category code of each product in a category some promotion names. */
    record Read(List<Promotion> promotions, Map<UUID, String> categoryOf) {
    }

    private PromotionReader() {
    }

    static Read read(DSLContext dsl) {
        Map<UUID, Set<UUID>> products = new HashMap<>();
        dsl.select(PROMOTION_PRODUCT.PROMOTION_ID, PROMOTION_PRODUCT.PRODUCT_ID).from(PROMOTION_PRODUCT)
                .forEach(r -> products.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        List<Promotion> read = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (PromotionRecord r : dsl.selectFrom(PROMOTION).fetch()) {
            try {
                Promotion p = promotion(r, products.getOrDefault(r.getId(), Set.of()));
                categories.addAll(p.conditions().categories());
                read.add(p);
            } catch (IllegalArgumentException | JsonProcessingException e) {
                // The centre checks terms with the same rule; a promotion that still fails is skipped, not sold wrong.
                LOG.warn("Skipping promotion {}: {}", r.getCode(), e.getMessage());
            }
        }
        Map<UUID, String> categoryOf = new HashMap<>();
        if (!categories.isEmpty()) {
            dsl.select(PRODUCT.ID, PRODUCT.CATEGORY_CODE).from(PRODUCT).where(PRODUCT.CATEGORY_CODE.in(categories))
                    .forEach(r -> categoryOf.put(r.value1(), r.value2()));
        }
        return new Read(List.copyOf(read), Map.copyOf(categoryOf));
    }

    private static Promotion promotion(PromotionRecord r, Set<UUID> products) throws JsonProcessingException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : r.getDays().split(",")) {
            if (!d.isBlank()) {
                days.add(DAYS.get(d.trim()));
            }
        }
        Schedule schedule = new Schedule(r.getValidFrom().toInstant(),
                r.getValidTo() == null ? null : r.getValidTo().toInstant(), days, r.getDailyFrom(), r.getDailyTo());
        if (r.getRules() != null) {
            return JSON.readValue(r.getRules(), PromotionRules.class).promotion(r.getId(), r.getCode(),
                    r.getNameZh(), r.getNameEn(), schedule);
        }
        return new Promotion(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), Promotion.Kind.valueOf(r.getKind()),
                r.getPercentOffBp(), r.getBuyQuantity(), r.getBundlePriceMinor(), products, schedule.validFrom(),
                schedule.validTo(), days, r.getDailyFrom(), r.getDailyTo());
    }
}
