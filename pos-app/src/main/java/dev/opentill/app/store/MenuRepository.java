package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.COMBO;
import static dev.opentill.store.jooq.Tables.COMBO_SLOT;
import static dev.opentill.store.jooq.Tables.COMBO_SLOT_PRODUCT;
import static dev.opentill.store.jooq.Tables.OPTION_GROUP;
import static dev.opentill.store.jooq.Tables.OPTION_ITEM;
import static dev.opentill.store.jooq.Tables.ORDER_NUMBER;
import static dev.opentill.store.jooq.Tables.PRODUCT_OPTION_GROUP;
import static dev.opentill.store.jooq.Tables.SOLD_OUT;

import dev.opentill.core.callnumber.OrderNumberBlock;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboSlot;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.store.jooq.tables.records.OptionGroupRecord;
import dev.opentill.store.jooq.tables.records.OptionItemRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The made-to-order menu the till holds (option groups, their options, which products take them,
 * combos), what the store has sold out today, and the till's daily order number counter.
 */
public final class MenuRepository {
    private static final String PRODUCT_KEY = "product:";
    private static final String OPTION_KEY = "option:";

    private final DSLContext dsl;
    private final Currency currency;
    private final Clock clock;

    public MenuRepository(DSLContext dsl, Currency currency, Clock clock) {
        this.dsl = dsl;
        this.currency = currency;
        this.clock = clock;
    }

    /** The product's option groups in order, or empty for a product sold as it is. */
    public Optional<ProductMenu> menu(UUID productId) {
        List<OptionGroupRecord> groups = dsl.select(OPTION_GROUP.fields()).from(PRODUCT_OPTION_GROUP)
                .join(OPTION_GROUP).on(OPTION_GROUP.CODE.eq(PRODUCT_OPTION_GROUP.GROUP_CODE))
                .where(PRODUCT_OPTION_GROUP.PRODUCT_ID.eq(productId)).orderBy(PRODUCT_OPTION_GROUP.POSITION)
                .fetchInto(OPTION_GROUP);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<MenuOption>> options = new LinkedHashMap<>();
        for (OptionItemRecord o : dsl.selectFrom(OPTION_ITEM)
                .where(OPTION_ITEM.GROUP_CODE.in(groups.stream().map(OptionGroupRecord::getCode).toList()))
                .orderBy(OPTION_ITEM.GROUP_CODE, OPTION_ITEM.POSITION).fetch()) {
            options.computeIfAbsent(o.getGroupCode(), k -> new ArrayList<>()).add(new MenuOption(o.getCode(),
                    o.getNameZh(), o.getNameEn(), Money.ofMinor(o.getPriceDeltaMinor(), currency), o.getByDefault(),
                    o.getStackable() ? Stacking.STACKABLE : Stacking.EXCLUSIVE, o.getStockSku()));
        }
        List<OptionGroup> out = new ArrayList<>();
        for (OptionGroupRecord g : groups) {
            out.add(new OptionGroup(g.getCode(), g.getNameZh(), g.getNameEn(), g.getMinChoices(), g.getMaxChoices(),
                    options.getOrDefault(g.getCode(), List.of())));
        }
        return Optional.of(new ProductMenu(productId, out));
    }

    public Optional<Combo> combo(UUID id) {
        var c = dsl.selectFrom(COMBO).where(COMBO.ID.eq(id)).and(COMBO.ACTIVE.isTrue()).fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        List<ComboSlot> slots = new ArrayList<>();
        for (var s : dsl.selectFrom(COMBO_SLOT).where(COMBO_SLOT.COMBO_ID.eq(id)).orderBy(COMBO_SLOT.POSITION)
                .fetch()) {
            Map<UUID, Money> allowed = new LinkedHashMap<>();
            dsl.selectFrom(COMBO_SLOT_PRODUCT).where(COMBO_SLOT_PRODUCT.COMBO_ID.eq(id))
                    .and(COMBO_SLOT_PRODUCT.SLOT_CODE.eq(s.getCode()))
                    .forEach(p -> allowed.put(p.getProductId(), Money.ofMinor(p.getUpchargeMinor(), currency)));
            slots.add(new ComboSlot(s.getCode(), s.getNameZh(), s.getNameEn(), allowed));
        }
        return Optional.of(new Combo(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(),
                Money.ofMinor(c.getPriceMinor(), currency), slots));
    }

    /** Active combos, by code. */
    public List<UUID> combos() {
        return dsl.select(COMBO.ID).from(COMBO).where(COMBO.ACTIVE.isTrue()).orderBy(COMBO.CODE).fetch(COMBO.ID);
    }

    /** Writes an option group and its options (as the feed or an import does), replacing what was there. */
    public void saveGroup(OptionGroup g) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.mergeInto(OPTION_GROUP).using(tx.selectOne()).on(OPTION_GROUP.CODE.eq(g.code()))
                    .whenMatchedThenUpdate().set(OPTION_GROUP.NAME_ZH, g.nameZh()).set(OPTION_GROUP.NAME_EN, g.nameEn())
                    .set(OPTION_GROUP.MIN_CHOICES, g.minChoices()).set(OPTION_GROUP.MAX_CHOICES, g.maxChoices())
                    .set(OPTION_GROUP.UPDATED_AT, now)
                    .whenNotMatchedThenInsert(OPTION_GROUP.CODE, OPTION_GROUP.NAME_ZH, OPTION_GROUP.NAME_EN,
                            OPTION_GROUP.MIN_CHOICES, OPTION_GROUP.MAX_CHOICES, OPTION_GROUP.UPDATED_AT)
                    .values(g.code(), g.nameZh(), g.nameEn(), g.minChoices(), g.maxChoices(), now).execute();
            tx.deleteFrom(OPTION_ITEM).where(OPTION_ITEM.GROUP_CODE.eq(g.code())).execute();
            int position = 0;
            for (MenuOption o : g.options()) {
                tx.insertInto(OPTION_ITEM).set(OPTION_ITEM.GROUP_CODE, g.code()).set(OPTION_ITEM.CODE, o.code())
                        .set(OPTION_ITEM.POSITION, position++).set(OPTION_ITEM.NAME_ZH, o.nameZh())
                        .set(OPTION_ITEM.NAME_EN, o.nameEn())
                        .set(OPTION_ITEM.PRICE_DELTA_MINOR, o.priceDelta().minor())
                        .set(OPTION_ITEM.BY_DEFAULT, o.byDefault())
                        .set(OPTION_ITEM.STACKABLE, o.stacking() == Stacking.STACKABLE)
                        .set(OPTION_ITEM.STOCK_SKU, o.stockSku()).execute();
            }
        });
    }

    /** Gives a product these option groups, in this order. */
    public void attach(UUID productId, List<String> groupCodes) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(PRODUCT_OPTION_GROUP).where(PRODUCT_OPTION_GROUP.PRODUCT_ID.eq(productId)).execute();
            int position = 0;
            for (String code : groupCodes) {
                tx.insertInto(PRODUCT_OPTION_GROUP).set(PRODUCT_OPTION_GROUP.PRODUCT_ID, productId)
                        .set(PRODUCT_OPTION_GROUP.GROUP_CODE, code).set(PRODUCT_OPTION_GROUP.POSITION, position++)
                        .execute();
            }
        });
    }

    public void saveCombo(Combo combo) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(COMBO_SLOT_PRODUCT).where(COMBO_SLOT_PRODUCT.COMBO_ID.eq(combo.id())).execute();
            tx.deleteFrom(COMBO_SLOT).where(COMBO_SLOT.COMBO_ID.eq(combo.id())).execute();
            tx.deleteFrom(COMBO).where(COMBO.ID.eq(combo.id())).execute();
            tx.insertInto(COMBO).set(COMBO.ID, combo.id()).set(COMBO.CODE, combo.code())
                    .set(COMBO.NAME_ZH, combo.nameZh()).set(COMBO.NAME_EN, combo.nameEn())
                    .set(COMBO.PRICE_MINOR, combo.price().minor()).set(COMBO.UPDATED_AT, now).execute();
            int position = 0;
            for (ComboSlot s : combo.slots()) {
                tx.insertInto(COMBO_SLOT).set(COMBO_SLOT.COMBO_ID, combo.id()).set(COMBO_SLOT.CODE, s.code())
                        .set(COMBO_SLOT.POSITION, position++).set(COMBO_SLOT.NAME_ZH, s.nameZh())
                        .set(COMBO_SLOT.NAME_EN, s.nameEn()).execute();
                for (var e : s.allowed().entrySet()) {
                    tx.insertInto(COMBO_SLOT_PRODUCT).set(COMBO_SLOT_PRODUCT.COMBO_ID, combo.id())
                            .set(COMBO_SLOT_PRODUCT.SLOT_CODE, s.code()).set(COMBO_SLOT_PRODUCT.PRODUCT_ID, e.getKey())
                            .set(COMBO_SLOT_PRODUCT.UPCHARGE_MINOR, e.getValue().minor()).execute();
                }
            }
        });
    }

    /** What is sold out on {@code day}. */
    public SoldOut soldOut(LocalDate day) {
        Set<UUID> products = new HashSet<>();
        Set<String> options = new HashSet<>();
        for (String key : dsl.select(SOLD_OUT.ITEM_KEY).from(SOLD_OUT).where(SOLD_OUT.BUSINESS_DAY.eq(day))
                .fetch(SOLD_OUT.ITEM_KEY)) {
            if (key.startsWith(PRODUCT_KEY)) {
                products.add(UUID.fromString(key.substring(PRODUCT_KEY.length())));
            } else if (key.startsWith(OPTION_KEY)) {
                options.add(key.substring(OPTION_KEY.length()));
            }
        }
        return new SoldOut(products, options);
    }

    /** Marks a product ({@code product:<id>}) or option ({@code option:<group>/<option>}) sold out on a day, or back. */
    public void markSoldOut(String itemKey, LocalDate day, boolean soldOut) {
        if (!itemKey.startsWith(PRODUCT_KEY) && !itemKey.startsWith(OPTION_KEY)) {
            throw new IllegalArgumentException("Not a product or option key: " + itemKey);
        }
        if (soldOut) {
            dsl.mergeInto(SOLD_OUT).using(dsl.selectOne())
                    .on(SOLD_OUT.ITEM_KEY.eq(itemKey)).and(SOLD_OUT.BUSINESS_DAY.eq(day))
                    .whenNotMatchedThenInsert(SOLD_OUT.ITEM_KEY, SOLD_OUT.BUSINESS_DAY, SOLD_OUT.MARKED_AT)
                    .values(itemKey, day, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
        } else {
            dsl.deleteFrom(SOLD_OUT).where(SOLD_OUT.ITEM_KEY.eq(itemKey)).and(SOLD_OUT.BUSINESS_DAY.eq(day)).execute();
        }
    }

    public static String productKey(UUID productId) {
        return PRODUCT_KEY + productId;
    }

    public static String optionKey(String groupCode, String optionCode) {
        return OPTION_KEY + SoldOut.optionKey(groupCode, optionCode);
    }

    /**
     * The next daily order number of this till, counted inside {@code tx} (the sale's own
     * transaction, so a number is given exactly when a sale is kept).
     */
    public static int nextOrderNumber(DSLContext tx, LocalDate day, OrderNumberBlock block) {
        Integer last = tx.select(ORDER_NUMBER.LAST_NUMBER).from(ORDER_NUMBER).where(ORDER_NUMBER.BUSINESS_DAY.eq(day))
                .forUpdate().fetchOne(ORDER_NUMBER.LAST_NUMBER);
        int next = block.next(last);
        if (last == null) {
            tx.insertInto(ORDER_NUMBER).set(ORDER_NUMBER.BUSINESS_DAY, day).set(ORDER_NUMBER.LAST_NUMBER, next)
                    .execute();
        } else {
            tx.update(ORDER_NUMBER).set(ORDER_NUMBER.LAST_NUMBER, next).where(ORDER_NUMBER.BUSINESS_DAY.eq(day))
                    .execute();
        }
        return next;
    }
}
