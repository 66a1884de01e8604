package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;

import dev.opentill.app.TillServices;
import dev.opentill.core.staff.Role;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Child JVM: 10,000 five-line cash sales on the real till service over the 1M-product store.
 * Each scan is lookup + price + add + durable save; each completion is the one durable transaction.
 */
public final class TillScenario {
    static final int SALES = Integer.getInteger("bench.sales", 10_000);
    static final int WARMUP_SALES = 500;

    public static void main(String[] args) throws IOException {
        try (TillStore store = TillStore.open(Path.of(args[0]))) {
            DSLContext dsl = store.dsl();
            List<String> codes = sampleBarcodes(dsl, 5_000);
            TillServices till = TillServices.open(store, TillConfig.load(dsl), Clock.systemUTC(),
                    ZoneId.systemDefault(), BarcodeParser.withDefaultLayouts(), true);
            till.authority().signIn(till.staff().anyWithRole(Role.CASHIER).orElseThrow());
            Random random = new Random(7);
            for (int i = 0; i < WARMUP_SALES; i++) {
                sell(till, codes, random, null, null, 0);
            }
            long[] scans = new long[SALES * 5];
            long[] completes = new long[SALES];
            for (int i = 0; i < SALES; i++) {
                sell(till, codes, random, scans, completes, i);
            }
            long[] fsyncs = FsyncProbe.measure(Path.of(args[0]).toAbsolutePath().getParent(), 1_000);
            double fsync = Figures.percentileMs(fsyncs, 50);
            Figures.print("fsync_4k_p50_ms", fsync, "ms");
            Figures.print("scan_add_p50_ms", Figures.percentileMs(scans, 50), "ms");
            Figures.print("scan_add_p99_ms", Figures.percentileMs(scans, 99), "ms");
            Figures.print("scan_add_p99_fsyncs", Figures.percentileMs(scans, 99) / fsync, "fsyncs");
            Figures.print("complete_sale_p50_ms", Figures.percentileMs(completes, 50), "ms");
            Figures.print("complete_sale_p99_ms", Figures.percentileMs(completes, 99), "ms");
            Figures.print("complete_sale_p50_fsyncs", Figures.percentileMs(completes, 50) / fsync, "fsyncs");
            Figures.print("complete_sale_p99_fsyncs", Figures.percentileMs(completes, 99) / fsync, "fsyncs");
            long[] last = Arrays.copyOfRange(completes, Math.max(0, SALES - 1_000), SALES);
            long[] first = Arrays.copyOfRange(completes, 0, Math.min(1_000, SALES));
            Figures.print("sales_10k_first_p99_ms", Figures.percentileMs(first, 99), "ms");
            Figures.print("sales_10k_last_p99_ms", Figures.percentileMs(last, 99), "ms");
            // The live set: the largest heap occupancy seen right after a collection, per pool.
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    live += pool.getCollectionUsage().getUsed();
                }
            }
            Figures.print("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), "MB");
            Figures.print("heap_live_after_gc_mb", live / (1024.0 * 1024.0), "MB");
            Figures.print("store_file_mb", Files.size(Path.of(args[0] + ".mv.db")) / 1e6, "MB");
        }
    }

    private static void sell(TillServices till, List<String> codes, Random random, long[] scans, long[] completes,
            int i) {
        for (int k = 0; k < 5; k++) {
            String code = codes.get(random.nextInt(codes.size()));
            long t0 = System.nanoTime();
            till.selling().scan(code);
            if (scans != null) {
                scans[i * 5 + k] = System.nanoTime() - t0;
            }
        }
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        long t0 = System.nanoTime();
        till.tender().complete();
        if (completes != null) {
            completes[i] = System.nanoTime() - t0;
        }
    }

    /** One five-line cash sale; returns the nanoseconds of its durable completion. */
    static long sellTimed(TillServices till, List<String> codes, Random random) {
        long[] completes = new long[1];
        sell(till, codes, random, null, completes, 0);
        return completes[0];
    }

    /** Barcodes of counted (not weighed) products spread over the catalog: index seeks from random ids. */
    static List<String> sampleBarcodes(DSLContext dsl, int n) {
        Random r = new Random(11);
        List<String> out = new ArrayList<>(n);
        var bounds = dsl.select(DSL.min(PRODUCT.ID), DSL.max(PRODUCT.ID)).from(PRODUCT).fetchSingle();
        long lo = bounds.value1().getMostSignificantBits();
        long hi = bounds.value2().getMostSignificantBits();
        int attempts = 0;
        while (out.size() < n && attempts++ < n * 4) {
            UUID from = new UUID(lo + (long) (r.nextDouble() * (hi - lo)), 0);
            String code = dsl.select(PRODUCT_BARCODE.CODE).from(PRODUCT_BARCODE)
                    .where(PRODUCT_BARCODE.PRODUCT_ID.eq(dsl.select(PRODUCT.ID).from(PRODUCT)
                            .where(PRODUCT.ID.ge(from)).and(PRODUCT.SOLD_BY_WEIGHT.isFalse()).orderBy(PRODUCT.ID)
                            .limit(1).asField()))
                    .limit(1).fetchOne(PRODUCT_BARCODE.CODE);
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }
}
