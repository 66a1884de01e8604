package dev.opentill.central.admin;

import static dev.opentill.central.admin.ImportRules.CHUNK;
import static dev.opentill.central.admin.ImportRules.blankToNull;
import static dev.opentill.central.admin.ImportRules.require;
import static dev.opentill.central.admin.ImportRules.scope;
import static dev.opentill.central.jooq.Tables.CATEGORY;
import static dev.opentill.central.jooq.Tables.PRICE;
import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TAX_CLASS;
import static org.jooq.impl.DSL.excluded;

import dev.opentill.central.admin.ImportRecords.CategoryRow;
import dev.opentill.central.admin.ImportRecords.PriceRow;
import dev.opentill.central.admin.ImportRecords.ProductRow;
import dev.opentill.central.admin.ImportRecords.TaxClassRow;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.core.catalog.PinyinInitials;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Bulk imports of the catalog: tax classes, categories, products and prices (offers are
 * {@link OfferImport}, members {@link MemberImport}). An import applies whole or not at all: rows
 * stream in and are written in chunks (so a million rows never sit in memory), all in one
 * transaction with their change log entries. A bad row anywhere refuses the whole import, naming
 * the row, and nothing of it reaches a till.
 */
public final class CatalogImport {
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
            Set<String> codes = new HashSet<>();
            for (TaxClassRow r : rows) {
                require(r.code() != null && r.nameZh() != null && r.nameEn() != null && r.rateBp() >= 0
                        && r.rateBp() <= 10_000, "tax class " + r.code() + " needs names and a rate 0-10000 bp");
                require(codes.add(r.code()), "tax class " + r.code() + " appears twice in this import");
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
            Set<String> codes = new HashSet<>();
            for (CategoryRow r : rows) {
                require(r.code() != null && r.nameZh() != null && r.nameEn() != null,
                        "category " + r.code() + " needs a code and names");
                require(codes.add(r.code()), "category " + r.code() + " appears twice in this import");
                require(!r.code().equals(r.parentCode()), "category " + r.code() + " cannot be its own parent");
                tx.insertInto(CATEGORY).set(CATEGORY.CODE, r.code()).set(CATEGORY.NAME_ZH, r.nameZh())
                        .set(CATEGORY.NAME_EN, r.nameEn()).set(CATEGORY.PARENT_CODE, r.parentCode())
                        .set(CATEGORY.SORT_ORDER, r.sortOrder()).onConflict(CATEGORY.CODE).doUpdate()
                        .set(CATEGORY.NAME_ZH, r.nameZh()).set(CATEGORY.NAME_EN, r.nameEn())
                        .set(CATEGORY.PARENT_CODE, r.parentCode()).set(CATEGORY.SORT_ORDER, r.sortOrder()).execute();
                changes.add(new Change(null, FeedRecords.CATEGORY, r.code()));
            }
            requireTree(tx, codes);
            ChangeLogWriter.append(tx, changes, now());
            return rows.size();
        });
    }

    /** Every imported category's parent exists (stored or in this import) and no chain of parents loops. */
    private static void requireTree(DSLContext tx, Set<String> imported) {
        Map<String, String> parents = new HashMap<>();
        tx.select(CATEGORY.CODE, CATEGORY.PARENT_CODE).from(CATEGORY).forEach(r -> parents.put(r.value1(), r.value2()));
        for (String code : imported) {
            Set<String> path = new HashSet<>();
            for (String c = code; c != null; c = parents.get(c)) {
                require(parents.containsKey(c), "category " + code + ": unknown parent " + c);
                require(path.add(c), "category " + code + ": its parents loop back to " + c);
            }
        }
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
                            && r.basePriceMinor() >= 0,
                            "product " + r.sku()
                                    + " needs sku, nameZh, nameEn, taxClassCode and a base price >= 0");
                    chunk.add(r);
                }
                total += productChunk(cfg.dsl(), chunk);
            }
            // The menu refers to products: its entry moves after them, so a new till meets them first.
            List<Change> menu = new ArrayList<>();
            MenuImport.reannounce(cfg.dsl(), menu);
            ChangeLogWriter.append(cfg.dsl(), menu, now());
            return total;
        });
    }

    private int productChunk(DSLContext tx, List<ProductRow> chunk) {
        OffsetDateTime now = now();
        Set<String> skus = chunk.stream().map(ProductRow::sku).collect(Collectors.toCollection(LinkedHashSet::new));
        if (skus.size() != chunk.size()) {
            Set<String> seen = new HashSet<>();
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
        BatchBindStep barcodes = tx
                .batch(tx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.CODE, PRODUCT_BARCODE.PRODUCT_ID)
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

    private OffsetDateTime now() {
        return ImportRules.now(clock);
    }
}
