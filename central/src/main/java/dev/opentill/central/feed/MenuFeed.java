package dev.opentill.central.feed;

import static dev.opentill.central.jooq.Tables.COMBO;
import static dev.opentill.central.jooq.Tables.COMBO_SLOT;
import static dev.opentill.central.jooq.Tables.COMBO_SLOT_PRODUCT;
import static dev.opentill.central.jooq.Tables.OPTION_GROUP;
import static dev.opentill.central.jooq.Tables.OPTION_ITEM;
import static dev.opentill.central.jooq.Tables.PRODUCT_OPTION_GROUP;

import dev.opentill.core.sync.FeedRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** The chain's whole menu as the feed's {@link FeedRecords#MENU} entry, in the order the picker shows it. */
final class MenuFeed {
    private MenuFeed() {
    }

    static FeedRecords.Menu menu(DSLContext dsl) {
        Instant updated = Instant.EPOCH;
        Map<String, List<FeedRecords.MenuItem>> items = new LinkedHashMap<>();
        dsl.selectFrom(OPTION_ITEM).orderBy(OPTION_ITEM.GROUP_CODE, OPTION_ITEM.POSITION)
                .forEach(o -> items.computeIfAbsent(o.getGroupCode(), k -> new ArrayList<>())
                        .add(new FeedRecords.MenuItem(o.getCode(), o.getNameZh(), o.getNameEn(),
                                o.getPriceDeltaMinor(), o.getByDefault(), o.getStackable(), o.getStockSku())));
        List<FeedRecords.MenuGroup> groups = new ArrayList<>();
        for (var g : dsl.selectFrom(OPTION_GROUP).orderBy(OPTION_GROUP.CODE).fetch()) {
            groups.add(new FeedRecords.MenuGroup(g.getCode(), g.getNameZh(), g.getNameEn(), g.getMinChoices(),
                    g.getMaxChoices(), items.getOrDefault(g.getCode(), List.of())));
            updated = later(updated, g.getUpdatedAt());
        }
        Map<UUID, List<String>> links = new LinkedHashMap<>();
        dsl.selectFrom(PRODUCT_OPTION_GROUP).orderBy(PRODUCT_OPTION_GROUP.PRODUCT_ID, PRODUCT_OPTION_GROUP.POSITION)
                .forEach(l -> links.computeIfAbsent(l.getProductId(), k -> new ArrayList<>()).add(l.getGroupCode()));
        Map<UUID, Map<String, List<FeedRecords.MenuSlotProduct>>> allowed = new LinkedHashMap<>();
        dsl.selectFrom(COMBO_SLOT_PRODUCT).orderBy(COMBO_SLOT_PRODUCT.UPCHARGE_MINOR, COMBO_SLOT_PRODUCT.PRODUCT_ID)
                .forEach(p -> allowed.computeIfAbsent(p.getComboId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.getSlotCode(), k -> new ArrayList<>())
                        .add(new FeedRecords.MenuSlotProduct(p.getProductId(), p.getUpchargeMinor())));
        Map<UUID, List<FeedRecords.MenuSlot>> slots = new LinkedHashMap<>();
        dsl.selectFrom(COMBO_SLOT).orderBy(COMBO_SLOT.COMBO_ID, COMBO_SLOT.POSITION)
                .forEach(s -> slots.computeIfAbsent(s.getComboId(), k -> new ArrayList<>())
                        .add(new FeedRecords.MenuSlot(s.getCode(), s.getNameZh(), s.getNameEn(),
                                allowed.getOrDefault(s.getComboId(), Map.of()).getOrDefault(s.getCode(), List.of()))));
        List<FeedRecords.MenuCombo> combos = new ArrayList<>();
        for (var c : dsl.selectFrom(COMBO).orderBy(COMBO.CODE).fetch()) {
            combos.add(new FeedRecords.MenuCombo(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                    c.getPriceMinor(), c.getActive(), slots.getOrDefault(c.getId(), List.of())));
            updated = later(updated, c.getUpdatedAt());
        }
        return new FeedRecords.Menu(groups, links.entrySet().stream()
                .map(e -> new FeedRecords.MenuLink(e.getKey(), e.getValue())).toList(), combos, updated);
    }

    private static Instant later(Instant a, OffsetDateTime b) {
        return b != null && b.toInstant().isAfter(a) ? b.toInstant() : a;
    }
}
