package dev.opentill.demo;

import dev.opentill.core.catalog.PinyinInitials;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.Gtin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the demo products one at a time, the same sequence for the same seed: first the
 * {@link DemoCatalog#PRODUCTS known products}, then generated ones. Holds only counters, so a
 * million products stream through in constant memory.
 */
final class ProductFactory {
    /** Scale PLUs have five digits; generated weighed goods stop at this many. */
    static final int MAX_GENERATED_WEIGHED = 9_000;
    static final int FIRST_GENERATED_PLU = 10_101;
    static final int QUICK_KEYS_PER_CATEGORY = 12;
    static final int ID_KIND = 1;

    // Generated codes rise with the index, in blocks of 1,000 products per "manufacturer" with
    // gaps of 1-7 inside a block, so they look varied but insert at the end of the barcode index
    // (random keys made a million-product load several times slower).
    private static final int BLOCK = 1_000;
    private static final int BLOCK_SPAN = 10_000;
    private static final int GAP = 7;
    private static final long EAN_BASE = 1_000_000_000L;
    private static final long EAN_OFFSETS = 4_000_000_000L;
    private static final long UPC_OFFSETS = 400_000_000L;

    private final long seed;
    private final List<DemoCategory> categories = new ArrayList<>();
    private final int totalShare;
    private final Set<String> quickKeyCategories = new HashSet<>();
    private final Map<String, Integer> quickKeysUsed = new HashMap<>();
    private long index;
    private int weighedMade;

    ProductFactory(long seed) {
        this.seed = seed;
        categories.addAll(PackagedGoods.categories());
        categories.addAll(FreshGoods.categories());
        totalShare = categories.stream().mapToInt(DemoCategory::share).sum();
        categories.stream().filter(DemoCategory::quickKey).forEach(c -> quickKeyCategories.add(c.code()));
    }

    static List<DemoCategory> allCategories() {
        List<DemoCategory> all = new ArrayList<>(PackagedGoods.categories());
        all.addAll(FreshGoods.categories());
        return all;
    }

    DemoProduct next() {
        long i = index++;
        SplittableRandom r = new SplittableRandom(DemoIds.mix(seed) ^ DemoIds.mix(i + 1));
        if (i < DemoCatalog.PRODUCTS.size()) {
            return known(DemoCatalog.PRODUCTS.get((int) i), i, r);
        }
        return generated(i, r);
    }

    private DemoProduct known(DemoCatalog.KnownProduct k, long i, SplittableRandom r) {
        DemoProduct.PriceWindow price = null;
        if (k == DemoCatalog.COLA) {
            price = new DemoProduct.PriceWindow(DemoCatalog.COLA_PROMO_PRICE_MINOR, -7, 23, "PROMOTION");
        } else if (k == DemoCatalog.CHIPS) {
            price = new DemoProduct.PriceWindow(490, -60, -30, "PROMOTION");
        } else if (k == DemoCatalog.YOGURT) {
            price = new DemoProduct.PriceWindow(450, 7, 37, "PROMOTION");
        }
        List<String> barcodes = k.barcodes().stream().map(BarcodeParser::normalise).toList();
        return new DemoProduct(DemoIds.id(seed, ID_KIND, i), k.sku(), k.nameZh(), k.nameEn(),
                PinyinInitials.of(k.nameZh()),
                k.categoryCode(), k.taxClassCode(), k.scalePlu(), k.basePriceMinor(), quickKey(k.categoryCode()),
                barcodes,
                stock(k.soldByWeight(), r), price);
    }

    private DemoProduct generated(long i, SplittableRandom r) {
        DemoCategory c = pickCategory(r);
        NameParts parts = c.parts();
        NameParts.Part prefix = pick(parts.prefixes(), r);
        NameParts.Part variant = pick(parts.variants(), r);
        NameParts.Kind kind = pick(parts.kinds(), r);
        NameParts.Size size = c.weighed() ? null : pick(parts.sizes(), r);

        String nameZh = prefix.zh() + variant.zh() + kind.zh() + (size == null ? "" : " " + size.zh());
        String nameEn = join(prefix.en(), variant.en(), kind.en(), size == null ? "" : size.en());
        long raw = kind.basePriceMinor() * (size == null ? 100 : size.pricePercent()) / 100 * (85 + r.nextInt(36))
                / 100;
        long price = c.weighed() ? perKgPrice(raw) : shelfPrice(raw);

        String plu = null;
        List<String> barcodes = List.of();
        if (c.weighed()) {
            plu = String.format("%05d", FIRST_GENERATED_PLU + weighedMade++);
        } else if (!DemoCatalog.CATEGORY_FRESH_TEA.equals(c.code())) {
            barcodes = r.nextInt(100) < 8 ? List.of(ean13(i), upcAsEan13(i)) : List.of(ean13(i));
        }
        DemoProduct.PriceWindow storePrice = r.nextInt(1000) < 5 ? storePrice(price, r) : null;
        return new DemoProduct(DemoIds.id(seed, ID_KIND, i), String.format("P%07d", i), nameZh, nameEn,
                PinyinInitials.of(nameZh), c.code(), c.taxClass(), plu, price, quickKey(c.code()), barcodes,
                stock(c.weighed(), r), storePrice);
    }

    private DemoCategory pickCategory(SplittableRandom r) {
        while (true) {
            int ticket = r.nextInt(totalShare);
            for (DemoCategory c : categories) {
                ticket -= c.share();
                if (ticket < 0) {
                    if (!c.weighed() || weighedMade < MAX_GENERATED_WEIGHED) {
                        return c;
                    }
                    break;
                }
            }
        }
    }

    private Integer quickKey(String categoryCode) {
        if (!quickKeyCategories.contains(categoryCode)) {
            return null;
        }
        int used = quickKeysUsed.getOrDefault(categoryCode, 0);
        if (used >= QUICK_KEYS_PER_CATEGORY) {
            return null;
        }
        quickKeysUsed.put(categoryCode, used + 1);
        return used + 1;
    }

    /** "69" + ten digits, never starting "690" (the known products' range). */
    private String ean13(long i) {
        long n = EAN_BASE + Math.floorMod(DemoIds.mix(seed), EAN_OFFSETS) + spread(i, DemoIds.mix(seed + i));
        return Gtin.withCheckDigit("69" + n);
    }

    /** A UPC-A "07" + nine digits, stored, like every UPC-A, as EAN-13 with a leading zero. */
    private String upcAsEan13(long i) {
        long n = Math.floorMod(DemoIds.mix(~seed), UPC_OFFSETS) + spread(i, DemoIds.mix(~seed - i));
        return "0" + Gtin.withCheckDigit("07" + String.format("%09d", n));
    }

    /** Strictly increasing in {@code i}: block start, then up to GAP numbers per product inside the block. */
    private static long spread(long i, long noise) {
        return i / BLOCK * BLOCK_SPAN + i % BLOCK * GAP + Math.floorMod(noise, GAP);
    }

    private static DemoProduct.PriceWindow storePrice(long basePrice, SplittableRandom r) {
        long price = Math.max(10, basePrice * 85 / 100 / 10 * 10);
        return switch (r.nextInt(3)) {
            case 0 -> new DemoProduct.PriceWindow(price, -3, 11, "PROMOTION");
            case 1 -> new DemoProduct.PriceWindow(price, -40, -10, "PROMOTION");
            default -> new DemoProduct.PriceWindow(price, 5, 19, "STORE");
        };
    }

    /** Shelf prices end in 0 fen; from 10 yuan up they end in .90 (12.90). */
    private static long shelfPrice(long raw) {
        if (raw >= 1000) {
            return (raw + 50) / 100 * 100 - 10;
        }
        return Math.max(50, (raw + 5) / 10 * 10);
    }

    /** Prices per kg end in .98 (15.98). */
    private static long perKgPrice(long raw) {
        return Math.max(198, (raw + 50) / 100 * 100 - 2);
    }

    private static long stock(boolean weighed, SplittableRandom r) {
        if (weighed) {
            return 2_000L + r.nextInt(38_001);
        }
        return r.nextInt(100) < 3 ? 0 : 1000L * (1 + r.nextInt(240));
    }

    private static <T> T pick(List<T> items, SplittableRandom r) {
        return items.get(r.nextInt(items.size()));
    }

    private static String join(String... words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
            }
        }
        return b.toString();
    }
}
