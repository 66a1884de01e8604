package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.COMBO;
import static dev.opentill.store.jooq.Tables.COMBO_SLOT;
import static dev.opentill.store.jooq.Tables.COMBO_SLOT_PRODUCT;
import static dev.opentill.store.jooq.Tables.OPTION_GROUP;
import static dev.opentill.store.jooq.Tables.OPTION_ITEM;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_OPTION_GROUP;

import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboSlot;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.sync.FeedRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the chain's menu entry inside the feed page's transaction: the till's option groups,
 * product links and combos (V10 tables) are replaced by the entry's. The last menu of a page
 * wins. What the centre sends is bounded and checked with the pos-core types the till sells
 * with; a menu that fails is set aside (logged) and the till keeps the one it had. A link to a
 * product the till does not hold is skipped.
 */
final class MenuApplier {
    static final int MAX_GROUPS = 2_000;
    static final int MAX_LINKS = 200_000;
    static final int MAX_COMBOS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(MenuApplier.class);

    private MenuApplier() {
    }

    static void apply(DSLContext tx, List<FeedRecords.Menu> menus) {
        if (menus.isEmpty()) {
            return;
        }
        FeedRecords.Menu menu = menus.get(menus.size() - 1);
        String problem = problem(menu);
        if (problem != null) {
            LOG.warn("Menu from the centre set aside, the till keeps its menu: {}", problem);
            return;
        }
        OffsetDateTime at = (menu.updatedAt() == null ? Instant.now() : menu.updatedAt()).atOffset(ZoneOffset.UTC);
        tx.deleteFrom(COMBO_SLOT_PRODUCT).execute();
        tx.deleteFrom(COMBO_SLOT).execute();
        tx.deleteFrom(COMBO).execute();
        tx.deleteFrom(PRODUCT_OPTION_GROUP).execute();
        tx.deleteFrom(OPTION_ITEM).execute();
        tx.deleteFrom(OPTION_GROUP).execute();
        writeGroups(tx, menu.groups(), at);
        writeLinks(tx, menu.links());
        writeCombos(tx, menu.combos(), at);
    }

    /** Why the menu cannot be applied, or null. */
    static String problem(FeedRecords.Menu menu) {
        List<FeedRecords.MenuGroup> groups = orEmpty(menu.groups());
        List<FeedRecords.MenuLink> links = orEmpty(menu.links());
        List<FeedRecords.MenuCombo> combos = orEmpty(menu.combos());
        if (groups.size() > MAX_GROUPS || links.size() > MAX_LINKS || combos.size() > MAX_COMBOS) {
            return "too large: " + groups.size() + " groups, " + links.size() + " links, " + combos.size()
                    + " combos";
        }
        try {
            Map<String, OptionGroup> byCode = new LinkedHashMap<>();
            for (FeedRecords.MenuGroup g : groups) {
                if (byCode.put(g.code(), group(g)) != null) {
                    return "group " + g.code() + " twice";
                }
            }
            for (FeedRecords.MenuLink l : links) {
                for (String code : orEmpty(l.groups())) {
                    if (!byCode.containsKey(code)) {
                        return "product " + l.productId() + " links unknown group " + code;
                    }
                }
                new ProductMenu(l.productId(), orEmpty(l.groups()).stream().map(byCode::get).toList());
            }
            for (FeedRecords.MenuCombo c : combos) {
                combo(c);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return e.getMessage();
        }
        return null;
    }

    private static OptionGroup group(FeedRecords.MenuGroup g) {
        return new OptionGroup(g.code(), g.nameZh(), g.nameEn(), g.minChoices(), g.maxChoices(),
                orEmpty(g.options()).stream().map(o -> new MenuOption(o.code(), o.nameZh(), o.nameEn(),
                        Money.ofMinor(o.priceDeltaMinor(), Money.CNY), o.byDefault(),
                        o.stackable() ? Stacking.STACKABLE : Stacking.EXCLUSIVE, o.stockSku())).toList());
    }

    private static Combo combo(FeedRecords.MenuCombo c) {
        return new Combo(c.id(), c.code(), c.nameZh(), c.nameEn(), Money.ofMinor(c.priceMinor(), Money.CNY),
                orEmpty(c.slots()).stream().map(s -> {
                    Map<UUID, Money> allowed = new LinkedHashMap<>();
                    orEmpty(s.products()).forEach(p -> allowed.put(p.productId(),
                            Money.ofMinor(p.upchargeMinor(), Money.CNY)));
                    return new ComboSlot(s.code(), s.nameZh(), s.nameEn(), allowed);
                }).toList());
    }

    private static void writeGroups(DSLContext tx, List<FeedRecords.MenuGroup> groups, OffsetDateTime at) {
        if (orEmpty(groups).isEmpty()) {
            return;
        }
        BatchBindStep g = tx.batch(tx.insertInto(OPTION_GROUP, OPTION_GROUP.CODE, OPTION_GROUP.NAME_ZH,
                OPTION_GROUP.NAME_EN, OPTION_GROUP.MIN_CHOICES, OPTION_GROUP.MAX_CHOICES, OPTION_GROUP.UPDATED_AT)
                .values((String) null, null, null, 0, 0, null));
        BatchBindStep o = tx.batch(tx.insertInto(OPTION_ITEM, OPTION_ITEM.GROUP_CODE, OPTION_ITEM.CODE,
                OPTION_ITEM.POSITION, OPTION_ITEM.NAME_ZH, OPTION_ITEM.NAME_EN, OPTION_ITEM.PRICE_DELTA_MINOR,
                OPTION_ITEM.BY_DEFAULT, OPTION_ITEM.STACKABLE, OPTION_ITEM.STOCK_SKU)
                .values((String) null, null, 0, null, null, 0L, false, false, null));
        for (FeedRecords.MenuGroup group : groups) {
            g.bind(group.code(), group.nameZh(), group.nameEn(), group.minChoices(), group.maxChoices(), at);
            int position = 0;
            for (FeedRecords.MenuItem i : group.options()) {
                o.bind(group.code(), i.code(), position++, i.nameZh(), i.nameEn(), i.priceDeltaMinor(),
                        i.byDefault(), i.stackable(), i.stockSku());
            }
        }
        g.execute();
        o.execute();
    }

    private static void writeLinks(DSLContext tx, List<FeedRecords.MenuLink> links) {
        List<FeedRecords.MenuLink> all = orEmpty(links);
        if (all.isEmpty()) {
            return;
        }
        Set<UUID> held = new HashSet<>(tx.select(PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.ID.in(all.stream().map(FeedRecords.MenuLink::productId).toList())).fetch(PRODUCT.ID));
        BatchBindStep b = tx.batch(tx.insertInto(PRODUCT_OPTION_GROUP, PRODUCT_OPTION_GROUP.PRODUCT_ID,
                PRODUCT_OPTION_GROUP.GROUP_CODE, PRODUCT_OPTION_GROUP.POSITION).values((UUID) null, null, 0));
        int rows = 0;
        for (FeedRecords.MenuLink l : all) {
            if (!held.contains(l.productId())) {
                LOG.warn("Menu link skipped: product {} is not in this till's catalog", l.productId());
                continue;
            }
            int position = 0;
            for (String code : orEmpty(l.groups())) {
                b.bind(l.productId(), code, position++);
                rows++;
            }
        }
        if (rows > 0) {
            b.execute();
        }
    }

    private static void writeCombos(DSLContext tx, List<FeedRecords.MenuCombo> combos, OffsetDateTime at) {
        for (FeedRecords.MenuCombo c : orEmpty(combos)) {
            tx.insertInto(COMBO).set(COMBO.ID, c.id()).set(COMBO.CODE, c.code()).set(COMBO.NAME_ZH, c.nameZh())
                    .set(COMBO.NAME_EN, c.nameEn()).set(COMBO.PRICE_MINOR, c.priceMinor())
                    .set(COMBO.ACTIVE, c.active()).set(COMBO.UPDATED_AT, at).execute();
            int position = 0;
            for (FeedRecords.MenuSlot s : c.slots()) {
                tx.insertInto(COMBO_SLOT).set(COMBO_SLOT.COMBO_ID, c.id()).set(COMBO_SLOT.CODE, s.code())
                        .set(COMBO_SLOT.POSITION, position++).set(COMBO_SLOT.NAME_ZH, s.nameZh())
                        .set(COMBO_SLOT.NAME_EN, s.nameEn()).execute();
                for (FeedRecords.MenuSlotProduct p : s.products()) {
                    tx.insertInto(COMBO_SLOT_PRODUCT).set(COMBO_SLOT_PRODUCT.COMBO_ID, c.id())
                            .set(COMBO_SLOT_PRODUCT.SLOT_CODE, s.code())
                            .set(COMBO_SLOT_PRODUCT.PRODUCT_ID, p.productId())
                            .set(COMBO_SLOT_PRODUCT.UPCHARGE_MINOR, p.upchargeMinor()).execute();
                }
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
