package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.blankToNull;
import static dev.opentill.central.admin.ImportRules.require;
import static dev.opentill.central.jooq.Tables.COMBO;
import static dev.opentill.central.jooq.Tables.COMBO_SLOT;
import static dev.opentill.central.jooq.Tables.COMBO_SLOT_PRODUCT;
import static dev.opentill.central.jooq.Tables.OPTION_GROUP;
import static dev.opentill.central.jooq.Tables.OPTION_ITEM;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_OPTION_GROUP;

import dev.opentill.central.admin.ImportRecords.ComboRow;
import dev.opentill.central.admin.ImportRecords.ComboSlotRow;
import dev.opentill.central.admin.ImportRecords.MenuRows;
import dev.opentill.central.admin.ImportRecords.OptionGroupRow;
import dev.opentill.central.admin.ImportRecords.OptionRow;
import dev.opentill.central.admin.ImportRecords.ProductGroupsRow;
import dev.opentill.central.admin.ImportRecords.SlotProductRow;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboSlot;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The made-to-order menu import (issue 14): option groups, the products that take them, combos.
 * All or nothing, in one transaction; every row is checked with the pos-core types the tills
 * build from it ({@link OptionGroup}, {@link ProductMenu}, {@link Combo}), so a menu a till would
 * refuse never reaches the feed, and a refusal names the row ("option group 2 (SIZE): ...").
 * A product's menu is checked as a {@link ProductMenu} whose cheapest cup still costs something
 * ({@link MenuPrices}). The whole menu travels as one feed entry ({@link FeedRecords#MENU}).
 */
public final class MenuImport {
    static final int MAX_GROUPS = 500;
    static final int MAX_OPTIONS = 100;
    static final int MAX_SLOTS = 10;
    static final int MAX_SLOT_PRODUCTS = 500;
    static final int MAX_PRODUCT_GROUPS = 20;
    static final long MAX_AMOUNT_MINOR = 100_000_000L;
    private static final int CODE_MAX = 40;
    private static final int NAME_MAX = 100;
    /** Pos-core's types want a currency; the checks do not depend on which. */
    static final Currency CHECK = Money.CNY;

    private final DSLContext dsl;
    private final Clock clock;

    public MenuImport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Imports the rows; returns how many groups, product links and combos were written. */
    public int menu(MenuRows rows) {
        List<OptionGroupRow> groups = rows.groups() == null ? List.of() : rows.groups();
        List<ProductGroupsRow> products = rows.products() == null ? List.of() : rows.products();
        List<ComboRow> combos = rows.combos() == null ? List.of() : rows.combos();
        require(groups.size() <= MAX_GROUPS, "at most " + MAX_GROUPS + " option groups per import");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OffsetDateTime now = ImportRules.now(clock);
            Map<String, OptionGroup> imported = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                OptionGroupRow r = groups.get(i);
                String row = "option group " + (i + 1) + " (" + r.code() + ")";
                OptionGroup g = group(tx, row, r);
                require(imported.put(g.code(), g) == null, row + ": appears twice in this import");
                writeGroup(tx, g, now);
            }
            Set<UUID> linked = new HashSet<>();
            Set<String> seenSkus = new HashSet<>();
            for (int i = 0; i < products.size(); i++) {
                ProductGroupsRow r = products.get(i);
                String row = "product " + (i + 1) + " (" + r.sku() + ")";
                require(seenSkus.add(String.valueOf(r.sku())), row + ": appears twice in this import");
                linked.add(link(tx, row, r));
            }
            Set<String> comboCodes = new HashSet<>();
            for (int i = 0; i < combos.size(); i++) {
                ComboRow r = combos.get(i);
                String row = "combo " + (i + 1) + " (" + r.code() + ")";
                require(comboCodes.add(String.valueOf(r.code())), row + ": appears twice in this import");
                writeCombo(tx, row, r, now);
            }
            MenuPrices.check(tx, imported.keySet(), linked);
            ChangeLogWriter.append(tx, List.of(change()), now);
            return groups.size() + products.size() + combos.size();
        });
    }

    /** The menu's feed entry, moved after a product import so a till meets the products before the menu. */
    public static void reannounce(DSLContext tx, List<Change> changes) {
        if (tx.fetchExists(OPTION_GROUP) || tx.fetchExists(COMBO)) {
            changes.add(change());
        }
    }

    private static Change change() {
        return new Change(null, FeedRecords.MENU, FeedRecords.MENU_KEY);
    }

    private static OptionGroup group(DSLContext tx, String row, OptionGroupRow r) {
        codeAndNames(row, r.code(), r.nameZh(), r.nameEn());
        List<OptionRow> rows = r.options() == null ? List.of() : r.options();
        require(rows.size() <= MAX_OPTIONS, row + ": at most " + MAX_OPTIONS + " options");
        List<MenuOption> options = new ArrayList<>();
        for (OptionRow o : rows) {
            String opt = row + " option " + o.code();
            codeAndNames(opt, o.code(), o.nameZh(), o.nameEn());
            require(Math.abs(o.priceDeltaMinor()) <= MAX_AMOUNT_MINOR, opt + ": price difference out of range");
            String sku = blankToNull(o.stockSku());
            require(sku == null || tx.fetchExists(PRODUCT, PRODUCT.SKU.eq(sku)), opt + ": unknown stock SKU " + sku);
            options.add(new MenuOption(o.code(), o.nameZh(), o.nameEn(), Money.ofMinor(o.priceDeltaMinor(), CHECK),
                    o.byDefault(), o.stackable() ? Stacking.STACKABLE : Stacking.EXCLUSIVE, sku));
        }
        return checked(row, () -> new OptionGroup(r.code(), r.nameZh(), r.nameEn(), r.minChoices(), r.maxChoices(),
                options));
    }

    private static void writeGroup(DSLContext tx, OptionGroup g, OffsetDateTime now) {
        tx.insertInto(OPTION_GROUP).set(OPTION_GROUP.CODE, g.code()).set(OPTION_GROUP.NAME_ZH, g.nameZh())
                .set(OPTION_GROUP.NAME_EN, g.nameEn()).set(OPTION_GROUP.MIN_CHOICES, g.minChoices())
                .set(OPTION_GROUP.MAX_CHOICES, g.maxChoices()).set(OPTION_GROUP.UPDATED_AT, now)
                .onConflict(OPTION_GROUP.CODE).doUpdate().set(OPTION_GROUP.NAME_ZH, g.nameZh())
                .set(OPTION_GROUP.NAME_EN, g.nameEn()).set(OPTION_GROUP.MIN_CHOICES, g.minChoices())
                .set(OPTION_GROUP.MAX_CHOICES, g.maxChoices()).set(OPTION_GROUP.UPDATED_AT, now).execute();
        tx.deleteFrom(OPTION_ITEM).where(OPTION_ITEM.GROUP_CODE.eq(g.code())).execute();
        int position = 0;
        for (MenuOption o : g.options()) {
            tx.insertInto(OPTION_ITEM).set(OPTION_ITEM.GROUP_CODE, g.code()).set(OPTION_ITEM.CODE, o.code())
                    .set(OPTION_ITEM.POSITION, position++).set(OPTION_ITEM.NAME_ZH, o.nameZh())
                    .set(OPTION_ITEM.NAME_EN, o.nameEn()).set(OPTION_ITEM.PRICE_DELTA_MINOR, o.priceDelta().minor())
                    .set(OPTION_ITEM.BY_DEFAULT, o.byDefault())
                    .set(OPTION_ITEM.STACKABLE, o.stacking() == Stacking.STACKABLE)
                    .set(OPTION_ITEM.STOCK_SKU, o.stockSku()).execute();
        }
    }

    /** Replaces the product's option groups by the row's; every group must exist (stored or just imported). */
    private static UUID link(DSLContext tx, String row, ProductGroupsRow r) {
        UUID product = productId(tx, row, r.sku());
        List<String> codes = r.groups() == null ? List.of() : r.groups();
        require(codes.size() <= MAX_PRODUCT_GROUPS, row + ": at most " + MAX_PRODUCT_GROUPS + " option groups");
        Set<String> known = new HashSet<>(tx.select(OPTION_GROUP.CODE).from(OPTION_GROUP)
                .where(OPTION_GROUP.CODE.in(codes)).fetch(OPTION_GROUP.CODE));
        for (String code : codes) {
            require(known.contains(code), row + ": unknown option group " + code);
        }
        require(new HashSet<>(codes).size() == codes.size(), row + ": an option group appears twice");
        tx.deleteFrom(PRODUCT_OPTION_GROUP).where(PRODUCT_OPTION_GROUP.PRODUCT_ID.eq(product)).execute();
        int position = 0;
        for (String code : codes) {
            tx.insertInto(PRODUCT_OPTION_GROUP).set(PRODUCT_OPTION_GROUP.PRODUCT_ID, product)
                    .set(PRODUCT_OPTION_GROUP.GROUP_CODE, code).set(PRODUCT_OPTION_GROUP.POSITION, position++)
                    .execute();
        }
        return product;
    }

    private static void writeCombo(DSLContext tx, String row, ComboRow r, OffsetDateTime now) {
        codeAndNames(row, r.code(), r.nameZh(), r.nameEn());
        require(r.priceMinor() >= 0 && r.priceMinor() <= MAX_AMOUNT_MINOR, row + ": price out of range");
        List<ComboSlotRow> slotRows = r.slots() == null ? List.of() : r.slots();
        require(slotRows.size() <= MAX_SLOTS, row + ": at most " + MAX_SLOTS + " slots");
        List<ComboSlot> slots = new ArrayList<>();
        for (ComboSlotRow s : slotRows) {
            String slot = row + " slot " + s.code();
            codeAndNames(slot, s.code(), s.nameZh(), s.nameEn());
            List<SlotProductRow> allowedRows = s.products() == null ? List.of() : s.products();
            require(allowedRows.size() <= MAX_SLOT_PRODUCTS, slot + ": at most " + MAX_SLOT_PRODUCTS + " products");
            Map<UUID, Money> allowed = new LinkedHashMap<>();
            for (SlotProductRow p : allowedRows) {
                require(p.upchargeMinor() >= 0 && p.upchargeMinor() <= MAX_AMOUNT_MINOR,
                        slot + " " + p.sku() + ": up-charge must be 0 or more");
                UUID id = productId(tx, slot, p.sku());
                require(allowed.put(id, Money.ofMinor(p.upchargeMinor(), CHECK)) == null,
                        slot + ": SKU " + p.sku() + " appears twice");
            }
            slots.add(checked(slot, () -> new ComboSlot(s.code(), s.nameZh(), s.nameEn(), allowed)));
        }
        UUID id = tx.select(COMBO.ID).from(COMBO).where(COMBO.CODE.eq(r.code())).fetchOptional(COMBO.ID)
                .orElseGet(UuidV7::next);
        Combo combo = checked(row, () -> new Combo(id, r.code(), r.nameZh(), r.nameEn(),
                Money.ofMinor(r.priceMinor(), CHECK), slots));
        boolean active = r.active() == null || r.active();
        tx.deleteFrom(COMBO_SLOT_PRODUCT).where(COMBO_SLOT_PRODUCT.COMBO_ID.eq(id)).execute();
        tx.deleteFrom(COMBO_SLOT).where(COMBO_SLOT.COMBO_ID.eq(id)).execute();
        tx.insertInto(COMBO).set(COMBO.ID, id).set(COMBO.CODE, combo.code()).set(COMBO.NAME_ZH, combo.nameZh())
                .set(COMBO.NAME_EN, combo.nameEn()).set(COMBO.PRICE_MINOR, r.priceMinor()).set(COMBO.ACTIVE, active)
                .set(COMBO.UPDATED_AT, now).onConflict(COMBO.ID).doUpdate().set(COMBO.NAME_ZH, combo.nameZh())
                .set(COMBO.NAME_EN, combo.nameEn()).set(COMBO.PRICE_MINOR, r.priceMinor()).set(COMBO.ACTIVE, active)
                .set(COMBO.UPDATED_AT, now).execute();
        int position = 0;
        for (ComboSlot s : combo.slots()) {
            tx.insertInto(COMBO_SLOT).set(COMBO_SLOT.COMBO_ID, id).set(COMBO_SLOT.CODE, s.code())
                    .set(COMBO_SLOT.POSITION, position++).set(COMBO_SLOT.NAME_ZH, s.nameZh())
                    .set(COMBO_SLOT.NAME_EN, s.nameEn()).execute();
            for (UUID product : s.choices()) {
                tx.insertInto(COMBO_SLOT_PRODUCT).set(COMBO_SLOT_PRODUCT.COMBO_ID, id)
                        .set(COMBO_SLOT_PRODUCT.SLOT_CODE, s.code()).set(COMBO_SLOT_PRODUCT.PRODUCT_ID, product)
                        .set(COMBO_SLOT_PRODUCT.UPCHARGE_MINOR, s.allowed().get(product).minor()).execute();
            }
        }
    }

    private static UUID productId(DSLContext tx, String row, String sku) {
        require(sku != null && !sku.isBlank(), row + ": needs a SKU");
        UUID id = tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(sku)).fetchOne(PRODUCT.ID);
        require(id != null, row + ": unknown SKU " + sku);
        return id;
    }

    private static void codeAndNames(String row, String code, String nameZh, String nameEn) {
        require(code != null && !code.isBlank() && code.length() <= CODE_MAX,
                row + ": needs a code of at most " + CODE_MAX + " characters");
        require(nameZh != null && !nameZh.isBlank() && nameEn != null && !nameEn.isBlank(),
                row + ": needs a Chinese and an English name");
        require(nameZh.length() <= NAME_MAX && nameEn.length() <= NAME_MAX,
                row + ": names are at most " + NAME_MAX + " characters");
    }

    /** Builds a pos-core value; its refusal becomes the import's, naming the row. */
    private static <T> T checked(String row, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            require(false, row + ": " + e.getMessage());
            return null;
        }
    }
}
