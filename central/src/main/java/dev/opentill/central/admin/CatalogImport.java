package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.CATEGORY;
import static dev.opentill.central.jooq.Tables.COUPON;
import static dev.opentill.central.jooq.Tables.LEDGER_BATCH;
import static dev.opentill.central.jooq.Tables.MEMBER;
import static dev.opentill.central.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.central.jooq.Tables.PRICE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.central.jooq.Tables.PROMOTION;
import static dev.opentill.central.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TAX_CLASS;
import static org.jooq.impl.DSL.excluded;

import dev.opentill.central.admin.ImportRecords.CategoryRow;
import dev.opentill.central.admin.ImportRecords.CouponRow;
import dev.opentill.central.admin.ImportRecords.MemberRow;
import dev.opentill.central.admin.ImportRecords.PriceRow;
import dev.opentill.central.admin.ImportRecords.PromotionRow;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.http.ApiException;
import dev.opentill.core.catalog.PinyinInitials;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SyncProtocol.ErrorBody;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Bulk imports of the catalog, prices and members. An import applies whole or not at all: rows
 * stream in and are written in chunks (so a million rows never sit in memory), all in one
 * transaction with their change log entries. A bad row anywhere refuses the whole import, naming
 * the row, and nothing of it reaches a till.
 */
public final class CatalogImport {
    private static final int CHUNK = 2000;
    private final DSLContext dsl;
    private final Clock clock;

    public CatalogImport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public int taxClasses(List<TaxClassRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Change> changes = new ArrayList<>();
            for (TaxClassRow r : rows) {
                require(r.code() != null && r.nameZh() != null && r.nameEn() != null && r.rateBp() >= 0
                        && r.rateBp() <= 10_000, "tax class " + r.code() + " needs names and a rate 0-10000 bp");
                tx.insertInto(TAX_CLASS).set(TAX_CLASS.CODE, r.code()).set(TAX_CLASS.NAME_ZH, r.nameZh())
                        .set(TAX_CLASS.NAME_EN, r.nameEn()).set(TAX_CLASS.RATE_BP, r.rateBp())
                        .onConflict(TAX_CLASS.CODE).doUpdate().set(TAX_CLASS.NAME_ZH, r.nameZh())
                        .set(TAX_CLASS.NAME_EN, r.nameEn()).set(TAX_CLASS.RATE_BP, r.rateBp()).execute();
                changes.add(new Change(null, FeedRecords.TAX_CLASS, r.code()));
            }
            ChangeLogWriter.append(tx, changes, now());
            return rows.size();
        });
    }

    public int categories(List<CategoryRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Change> changes = new ArrayList<>();
            for (CategoryRow r : rows) {
                require(r.code() != null && r.nameZh() != null && r.nameEn() != null,
                        "category " + r.code() + " needs a code and names");
                tx.insertInto(CATEGORY).set(CATEGORY.CODE, r.code()).set(CATEGORY.NAME_ZH, r.nameZh())
                        .set(CATEGORY.NAME_EN, r.nameEn()).set(CATEGORY.PARENT_CODE, r.parentCode())
                        .set(CATEGORY.SORT_ORDER, r.sortOrder()).onConflict(CATEGORY.CODE).doUpdate()
                        .set(CATEGORY.NAME_ZH, r.nameZh()).set(CATEGORY.NAME_EN, r.nameEn())
                        .set(CATEGORY.PARENT_CODE, r.parentCode()).set(CATEGORY.SORT_ORDER, r.sortOrder()).execute();
                changes.add(new Change(null, FeedRecords.CATEGORY, r.code()));
            }
            ChangeLogWriter.append(tx, changes, now());
            return rows.size();
        });
    }

    /** Creates or updates products by SKU; a product's barcodes are replaced by the row's. */
    public int products(Iterator<ProductRow> rows) {
        return dsl.transactionResult(cfg -> {
            int total = 0;
            while (rows.hasNext()) {
                List<ProductRow> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    ProductRow r = rows.next();
                    require(r.sku() != null && r.nameZh() != null && r.nameEn() != null && r.taxClassCode() != null
                            && r.basePriceMinor() >= 0, "product " + r.sku()
                            + " needs sku, nameZh, nameEn, taxClassCode and a base price >= 0");
                    chunk.add(r);
                }
                total += productChunk(cfg.dsl(), chunk);
            }
            return total;
        });
    }

    private int productChunk(DSLContext tx, List<ProductRow> chunk) {
        OffsetDateTime now = now();
        Set<String> skus = chunk.stream().map(ProductRow::sku).collect(Collectors.toCollection(LinkedHashSet::new));
        if (skus.size() != chunk.size()) {
            Set<String> seen = new java.util.HashSet<>();
            chunk.forEach(r -> require(seen.add(r.sku()), "SKU " + r.sku() + " appears twice in this import"));
        }
        // Tills enforce the tax class foreign key, so an unknown one must never reach the feed.
        Set<String> taxes = chunk.stream().map(ProductRow::taxClassCode).collect(Collectors.toSet());
        Set<String> known = Set.copyOf(tx.select(TAX_CLASS.CODE).from(TAX_CLASS).where(TAX_CLASS.CODE.in(taxes))
                .fetch(TAX_CLASS.CODE));
        taxes.forEach(t -> require(known.contains(t), "unknown tax class " + t + "; import tax classes first"));
        Map<String, UUID> ids = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(skus))
                .fetchMap(PRODUCT.SKU, PRODUCT.ID);
        // One prepared upsert bound once per row: a multi-row MERGE of a whole chunk overflows
        // H2's parser stack at a couple of thousand rows.
        BatchBindStep upsert = tx.batch(tx.insertInto(PRODUCT, PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME_ZH,
                PRODUCT.NAME_EN, PRODUCT.PINYIN_INITIALS, PRODUCT.CATEGORY_CODE, PRODUCT.TAX_CLASS_CODE,
                PRODUCT.SOLD_BY_WEIGHT, PRODUCT.SCALE_PLU, PRODUCT.BASE_PRICE_MINOR, PRODUCT.ACTIVE, PRODUCT.UPDATED_AT)
                .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null)
                .onConflict(PRODUCT.ID).doUpdate().set(PRODUCT.NAME_ZH, excluded(PRODUCT.NAME_ZH))
                .set(PRODUCT.NAME_EN, excluded(PRODUCT.NAME_EN))
                .set(PRODUCT.PINYIN_INITIALS, excluded(PRODUCT.PINYIN_INITIALS))
                .set(PRODUCT.CATEGORY_CODE, excluded(PRODUCT.CATEGORY_CODE))
                .set(PRODUCT.TAX_CLASS_CODE, excluded(PRODUCT.TAX_CLASS_CODE))
                .set(PRODUCT.SOLD_BY_WEIGHT, excluded(PRODUCT.SOLD_BY_WEIGHT))
                .set(PRODUCT.SCALE_PLU, excluded(PRODUCT.SCALE_PLU))
                .set(PRODUCT.BASE_PRICE_MINOR, excluded(PRODUCT.BASE_PRICE_MINOR))
                .set(PRODUCT.ACTIVE, excluded(PRODUCT.ACTIVE)).set(PRODUCT.UPDATED_AT, excluded(PRODUCT.UPDATED_AT)));
        BatchBindStep barcodes = tx.batch(tx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.CODE, PRODUCT_BARCODE.PRODUCT_ID)
                .values((String) null, null));
        List<UUID> all = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (ProductRow r : chunk) {
            UUID id = ids.computeIfAbsent(r.sku(), s -> UuidV7.next());
            all.add(id);
            upsert.bind(id, r.sku(), r.nameZh(), r.nameEn(), PinyinInitials.of(r.nameZh()),
                    blankToNull(r.categoryCode()), r.taxClassCode(), r.soldByWeight(), blankToNull(r.scalePlu()),
                    r.basePriceMinor(), r.active() == null || r.active(), now);
            for (String code : r.barcodes() == null ? List.<String>of() : r.barcodes()) {
                if (code != null && !code.isBlank()) {
                    codes.add(code.trim());
                    barcodes.bind(code.trim(), id);
                }
            }
        }
        upsert.execute();
        // A barcode moved from another product re-announces that product too.
        Set<UUID> touched = new LinkedHashSet<>(all);
        if (!codes.isEmpty()) {
            touched.addAll(tx.select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                    .where(PRODUCT_BARCODE.CODE.in(codes)).fetch(PRODUCT_BARCODE.PRODUCT_ID));
            tx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.CODE.in(codes)).execute();
        }
        tx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.PRODUCT_ID.in(all)).execute();
        if (!codes.isEmpty()) {
            barcodes.execute();
        }
        List<Change> changes = touched.stream().map(id -> new Change(null, FeedRecords.PRODUCT, id.toString()))
                .toList();
        ChangeLogWriter.append(tx, changes, now);
        return chunk.size();
    }

    /** Adds or replaces prices keyed by (product, store, valid from). */
    public int prices(Iterator<PriceRow> rows) {
        return dsl.transactionResult(cfg -> {
            Map<String, UUID> stores = cfg.dsl().select(STORE.CODE, STORE.ID).from(STORE)
                    .fetchMap(STORE.CODE, STORE.ID);
            int total = 0;
            while (rows.hasNext()) {
                List<PriceRow> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    PriceRow r = rows.next();
                    require(r.sku() != null && r.validFrom() != null && r.priceMinor() >= 0
                            && (r.validTo() == null || r.validTo().isAfter(r.validFrom())),
                            "price for " + r.sku() + " needs a sku, a price >= 0 and validFrom before validTo");
                    require(blankToNull(r.storeCode()) == null || stores.containsKey(r.storeCode()),
                            "unknown store " + r.storeCode());
                    chunk.add(r);
                }
                total += priceChunk(cfg.dsl(), chunk, stores);
            }
            return total;
        });
    }

    /** A price's key: a later row of the same key in one import replaces an earlier one. */
    private record PriceKey(UUID productId, UUID storeId, OffsetDateTime from) {
    }

    /** One chunk of prices: the replaced windows deleted and the new ones inserted, one batch each. */
    private int priceChunk(DSLContext tx, List<PriceRow> chunk, Map<String, UUID> stores) {
        Map<String, UUID> ids = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.SKU.in(chunk.stream().map(PriceRow::sku).toList())).fetchMap(PRODUCT.SKU, PRODUCT.ID);
        Map<PriceKey, PriceRow> rows = new LinkedHashMap<>();
        for (PriceRow r : chunk) {
            UUID productId = ids.get(r.sku());
            require(productId != null, "unknown SKU " + r.sku());
            rows.put(new PriceKey(productId, scope(stores, r.storeCode()), r.validFrom().atOffset(ZoneOffset.UTC)), r);
        }
        BatchBindStep chainDeletes = tx.batch(tx.deleteFrom(PRICE).where(PRICE.PRODUCT_ID.eq((UUID) null))
                .and(PRICE.VALID_FROM.eq((OffsetDateTime) null)).and(PRICE.STORE_ID.isNull()));
        BatchBindStep storeDeletes = tx.batch(tx.deleteFrom(PRICE).where(PRICE.PRODUCT_ID.eq((UUID) null))
                .and(PRICE.VALID_FROM.eq((OffsetDateTime) null)).and(PRICE.STORE_ID.eq((UUID) null)));
        BatchBindStep inserts = tx.batch(tx.insertInto(PRICE, PRICE.ID, PRICE.PRODUCT_ID, PRICE.STORE_ID,
                PRICE.PRICE_MINOR, PRICE.VALID_FROM, PRICE.VALID_TO).values((UUID) null, null, null, 0L, null, null));
        Set<Change> changes = new LinkedHashSet<>();
        int chain = 0;
        for (var e : rows.entrySet()) {
            PriceKey k = e.getKey();
            PriceRow r = e.getValue();
            if (k.storeId() == null) {
                chainDeletes.bind(k.productId(), k.from());
                chain++;
            } else {
                storeDeletes.bind(k.productId(), k.from(), k.storeId());
            }
            inserts.bind(UuidV7.next(), k.productId(), k.storeId(), r.priceMinor(), k.from(),
                    r.validTo() == null ? null : r.validTo().atOffset(ZoneOffset.UTC));
            changes.add(new Change(k.storeId(), FeedRecords.PRODUCT, k.productId().toString()));
        }
        if (chain > 0) {
            chainDeletes.execute();
        }
        if (chain < rows.size()) {
            storeDeletes.execute();
        }
        inserts.execute();
        ChangeLogWriter.append(tx, changes, now());
        return chunk.size();
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
            for (PromotionRow r : rows) {
                requireCodeAndNames("promotion", r.code(), r.nameZh(), r.nameEn(), codes);
                Promotion.Kind kind = parse(r.code(), "kind", () -> Promotion.Kind.valueOf(r.kind()));
                LocalTime from = r.dailyFrom() == null ? null : parse(r.code(), "dailyFrom", () -> LocalTime.parse(r.dailyFrom()));
                LocalTime to = r.dailyTo() == null ? null : parse(r.code(), "dailyTo", () -> LocalTime.parse(r.dailyTo()));
                String problem = Promotion.problem(kind, r.percentOffBp(), r.buyQuantity(), r.bundlePriceMinor(),
                        r.validFrom(), r.validTo(), from, to);
                require(problem == null, "promotion " + r.code() + " " + problem);
                List<String> days = r.days() == null ? List.of() : r.days();
                days.forEach(d -> require(DAYS.contains(d), "promotion " + r.code() + ": days are MON..SUN, not " + d));
                UUID storeId = scope(stores, r.storeCode());
                List<String> skus = r.skus() == null ? List.of() : r.skus();
                require(!skus.isEmpty(), "promotion " + r.code() + " needs the SKUs it covers");
                Map<String, UUID> products = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(skus))
                        .fetchMap(PRODUCT.SKU, PRODUCT.ID);
                skus.forEach(sku -> require(products.containsKey(sku), "promotion " + r.code() + ": unknown SKU " + sku));
                Map<Field<?>, Object> terms = new LinkedHashMap<>();
                terms.put(PROMOTION.NAME_ZH, r.nameZh());
                terms.put(PROMOTION.NAME_EN, r.nameEn());
                terms.put(PROMOTION.KIND, kind.name());
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
                UUID id = upsertByCode(tx, PROMOTION, PROMOTION.ID, PROMOTION.CODE, PROMOTION.STORE_ID, r.code(), storeId,
                        terms, FeedRecords.PROMOTION, changes);
                tx.deleteFrom(PROMOTION_PRODUCT).where(PROMOTION_PRODUCT.PROMOTION_ID.eq(id)).execute();
                var links = tx.insertInto(PROMOTION_PRODUCT, PROMOTION_PRODUCT.PROMOTION_ID, PROMOTION_PRODUCT.PRODUCT_ID);
                for (UUID product : products.values()) {
                    links = links.values(id, product);
                }
                links.execute();
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

    /** A code-keyed thing's code and names are present, and its code is not used twice in the import. */
    private static void requireCodeAndNames(String what, String code, String nameZh, String nameEn, Set<String> seen) {
        require(code != null && !code.isBlank() && code.length() <= 40 && nameZh != null && nameEn != null,
                what + " " + code + " needs a code (at most 40) and names");
        require(seen.add(code), what + " " + code + " appears twice in this import");
    }

    /** The store a row is for: null (blank code) means every store; an unknown code is refused. */
    private static UUID scope(Map<String, UUID> stores, String storeCode) {
        if (blankToNull(storeCode) == null) {
            return null;
        }
        UUID id = stores.get(storeCode);
        require(id != null, "unknown store " + storeCode);
        return id;
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

    private static <T> T parse(String code, String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new ApiException(400, ErrorBody.MALFORMED, "promotion " + code + ": " + field + " is not valid");
        }
    }

    /** Creates or updates members by card; a new member's balance starts from the ledger. */
    public int members(Iterator<MemberRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // The feed lock first: no publisher folds points while a new member's balance is summed.
            ChangeLogWriter.lock(tx);
            int total = 0;
            while (rows.hasNext()) {
                List<MemberRow> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    MemberRow r = rows.next();
                    require(r.cardNo() != null && r.name() != null && r.tier() != null,
                            "member " + r.cardNo() + " needs a card number, name and tier");
                    chunk.add(r);
                }
                total += memberChunk(tx, chunk);
            }
            return total;
        });
    }

    /**
     * One chunk of members: existing ones looked up and new ones' published points summed with one
     * query each, then the inserts and updates sent as two batches.
     */
    private int memberChunk(DSLContext tx, List<MemberRow> chunk) {
        OffsetDateTime now = now();
        Map<String, MemberRow> byCard = new LinkedHashMap<>();
        chunk.forEach(r -> byCard.put(r.cardNo(), r));
        Map<String, UUID> ids = new HashMap<>(tx.select(MEMBER.CARD_NO, MEMBER.ID).from(MEMBER)
                .where(MEMBER.CARD_NO.in(byCard.keySet())).fetchMap(MEMBER.CARD_NO, MEMBER.ID));
        List<String> fresh = byCard.keySet().stream().filter(c -> !ids.containsKey(c)).toList();
        // A new member starts from the points the publisher has already counted for the card.
        Map<String, Long> published = new HashMap<>();
        if (!fresh.isEmpty()) {
            tx.select(POINTS_LEDGER.MEMBER_CARD, DSL.sum(POINTS_LEDGER.DELTA)).from(POINTS_LEDGER)
                    .where(POINTS_LEDGER.MEMBER_CARD.in(fresh))
                    .andNotExists(DSL.selectOne().from(LEDGER_BATCH).where(LEDGER_BATCH.ID.eq(POINTS_LEDGER.BATCH_ID)))
                    .groupBy(POINTS_LEDGER.MEMBER_CARD)
                    .forEach(r -> published.put(r.value1(), r.value2().longValue()));
        }
        BatchBindStep inserts = tx.batch(tx.insertInto(MEMBER, MEMBER.ID, MEMBER.CARD_NO, MEMBER.PHONE, MEMBER.NAME,
                MEMBER.TIER, MEMBER.POINTS_BALANCE, MEMBER.BALANCE_AS_OF, MEMBER.UPDATED_AT)
                .values((UUID) null, null, null, null, null, 0L, null, null));
        BatchBindStep updates = tx.batch(tx.update(MEMBER).set(MEMBER.PHONE, (String) null)
                .set(MEMBER.NAME, (String) null).set(MEMBER.TIER, (String) null)
                .set(MEMBER.UPDATED_AT, (OffsetDateTime) null).where(MEMBER.ID.eq((UUID) null)));
        List<Change> changes = new ArrayList<>();
        for (MemberRow r : byCard.values()) {
            UUID id = ids.get(r.cardNo());
            if (id == null) {
                id = UuidV7.next();
                inserts.bind(id, r.cardNo(), r.phone(), r.name(), r.tier(), published.getOrDefault(r.cardNo(), 0L), now,
                        now);
            } else {
                updates.bind(r.phone(), r.name(), r.tier(), now, id);
            }
            changes.add(new Change(null, FeedRecords.MEMBER, id.toString()));
        }
        if (!fresh.isEmpty()) {
            inserts.execute();
        }
        if (fresh.size() < byCard.size()) {
            updates.execute();
        }
        ChangeLogWriter.append(tx, changes, now);
        return chunk.size();
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new ApiException(400, ErrorBody.MALFORMED, message);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
