package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static dev.opentill.store.jooq.Tables.TAX_CLASS;

import dev.opentill.app.QuietLibraries;
import dev.opentill.app.TillServices;
import dev.opentill.app.cash.CashOffice.CloseRequest;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.cash.ZReport;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.staff.Role;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * End of day: a shift of 10,000 two-line cash sales made through the till's services, then the X
 * report of that shift (median of 5) and its close: from the manager's confirmation to the Z
 * stored, chained, evented and synced to disk. A short shift is closed first, so the measured close
 * is not the JVM's first; the disk's own sync cost is measured in the same run.
 */
final class EodBenchmark {
    private static final int SALES = Integer.getInteger("bench.sales", 10_000);
    private static final int WARM_UP = 50;
    private static final Approval MANAGER = new Approval("8001", "8888");

    private EodBenchmark() {
    }

    static void run() throws Exception {
        QuietLibraries.apply();
        Path dir = Files.createTempDirectory("opentill-eod");
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            List<String> codes = seed(store.dsl());
            TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), Clock.systemUTC(),
                    ZoneId.of("Asia/Shanghai"), BarcodeParser.withDefaultLayouts(), false);
            till.authority().signIn(till.staff().anyWithRole(Role.CASHIER).orElseThrow());
            // A short shift closed first (Z 1) warms the close's code and queries, as a till's previous
            // days would have; the measured close is then Z 2, over SALES sales.
            sell(till, codes, WARM_UP);
            till.cash().close(new CloseRequest(exact(till, till.cash().drawer().expected().minor()), Map.of(), null,
                    true), MANAGER);
            sell(till, codes, SALES);
            long[] x = new long[5];
            for (int i = 0; i < x.length; i++) {
                long t0 = System.nanoTime();
                till.shifts().xReport();
                x[i] = System.nanoTime() - t0;
            }
            Arrays.sort(x);
            var expected = till.cash().drawer().expected();
            DrawerCount count = exact(till, expected.minor());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ZReport z = till.cash().close(new CloseRequest(count, Map.of(), null, true), MANAGER);
            long close = System.nanoTime() - t0;
            long closeCpu = threads.getCurrentThreadCpuTime() - cpu0;
            if (z.sales().sales() != SALES) {
                throw new IllegalStateException("The Z covers " + z.sales().sales() + " sales, not " + SALES);
            }
            // The close ends in a sync to disk: its cost moves with the disk's (STACK.md), so measure it here.
            long[] fsyncs = FsyncProbe.measure(dir, 200);
            double fsync = Figures.percentileMs(fsyncs, 50);
            Figures.print("x_report_10k_ms", x[x.length / 2] / 1e6, "ms");
            Figures.print("z_close_10k_ms", close / 1e6, "ms");
            // The close's own thread's CPU: the rest of its wall time is waiting (disk, other processes).
            Figures.print("z_close_10k_cpu_ms", closeCpu / 1e6, "ms");
            Figures.print("eod_fsync_4k_p50_ms", fsync, "ms");
            Figures.print("z_close_10k_fsyncs", close / 1e6 / fsync, "fsyncs");
        }
    }

    private static void sell(TillServices till, List<String> codes, int sales) {
        for (int i = 0; i < sales; i++) {
            till.selling().scan(codes.get(i % codes.size()));
            till.selling().scan(codes.get((i * 7 + 3) % codes.size()));
            till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
            till.tender().complete();
        }
    }

    /** A count of exactly {@code minor}: hundreds, then the rest in 1-jiao coins (at most 9,999 of them). */
    private static DrawerCount exact(TillServices till, long minor) {
        var d = till.cash().policy().denominations();
        List<String> typed = new ArrayList<>(Collections.nCopies(d.values().size(), ""));
        typed.set(0, Long.toString(minor / 10_000));
        long rest = minor % 10_000;
        typed.set(d.values().size() - 1, Long.toString(rest / 10));
        if (rest % 10 != 0) {
            throw new IllegalStateException("Cash not in whole jiao: " + minor);
        }
        return DrawerCount.parse(d, typed);
    }

    private static List<String> seed(DSLContext dsl) {
        OffsetDateTime now = OffsetDateTime.now();
        Map.of("store.code", "S0001", "terminal.code", "S0001-T01", "cash.rounding.step", "10", "cash.rounding.mode",
                "DOWN").forEach(
                        (k, v) -> dsl.insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, k)
                                .set(STORE_SETTING.SETTING_VALUE, v).execute());
        dsl.insertInto(TAX_CLASS, TAX_CLASS.CODE, TAX_CLASS.NAME_ZH, TAX_CLASS.NAME_EN, TAX_CLASS.RATE_BP)
                .values("VAT13", "增值税13%", "VAT 13%", 1300).values("VAT9", "增值税9%", "VAT 9%", 900).execute();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID id = UUID.randomUUID();
            String code = Gtin.withCheckDigit("690" + String.format("%09d", 100 + i));
            dsl.insertInto(PRODUCT).set(PRODUCT.ID, id).set(PRODUCT.SKU, "P" + i).set(PRODUCT.NAME_ZH, "商品" + i)
                    .set(PRODUCT.NAME_EN, "Product " + i).set(PRODUCT.PINYIN_INITIALS, "sp")
                    .set(PRODUCT.TAX_CLASS_CODE, i % 3 == 0 ? "VAT9" : "VAT13").set(PRODUCT.SOLD_BY_WEIGHT, false)
                    .set(PRODUCT.BASE_PRICE_MINOR, 150L + i * 37).set(PRODUCT.UPDATED_AT, now).execute();
            dsl.insertInto(PRODUCT_BARCODE).set(PRODUCT_BARCODE.CODE, code).set(PRODUCT_BARCODE.PRODUCT_ID, id)
                    .execute();
            codes.add(code);
        }
        PinHasher hasher = new PinHasher(1000);
        dsl.insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "1001")
                .set(CASHIER.NAME, "Li Na").set(CASHIER.ROLE, "CASHIER").set(CASHIER.PIN_HASH, hasher.hash("1234"))
                .set(CASHIER.MAX_DISCOUNT_BP, 500).execute();
        dsl.insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER").set(CASHIER.PIN_HASH, hasher.hash("8888"))
                .set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        return codes;
    }
}
