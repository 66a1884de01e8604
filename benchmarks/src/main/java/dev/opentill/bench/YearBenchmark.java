package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.POINTS_LEDGER;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.store.jooq.Tables.STOCK_LEDGER;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.Housekeeping;
import dev.opentill.app.store.SalePruner;
import dev.opentill.app.store.TillConfig;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.staff.Role;
import dev.opentill.demo.DemoData;
import dev.opentill.migrations.TillStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * A year of trading at a simulated pace: {@code bench.year.days} days (365) of
 * {@code bench.year.per_day} five-line sales (1,000), the clock moved on by a day after each; every
 * night the centre's acknowledgements are recorded as the sync agent would, the shift closes, and
 * the till's own housekeeping runs (what it does when idle: prune sales older than the retention,
 * compact the file). Prints the durable completion p99 over the last 1,000 sales as a multiple of
 * a 4 KiB fsync, and the store file after the year against the catalog plus 90 days of sales.
 */
public final class YearBenchmark {
    static final long PRODUCTS = Long.getLong("bench.year.products", 3_000L);

    private YearBenchmark() {
    }

    public static void run() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "benchmarks/target/bench-data"));
        Path pristine = dir.resolve("till-" + PRODUCTS + "/till");
        if (!Files.exists(Path.of(pristine + ".mv.db"))) {
            ChildJvm.run("256m", DemoData.class, pristine.toString(), "--products", Long.toString(PRODUCTS));
        }
        PristineStore.prepare(pristine);
        Path run = dir.resolve("year/till");
        Files.createDirectories(run.getParent());
        StoreCopy.copy(Path.of(pristine + ".mv.db"), Path.of(run + ".mv.db"));
        Files.deleteIfExists(Path.of(run + ".ticket"));
        ChildJvm.run("256m", Child.class, run.toString());
    }

    /** The child JVM that trades the year. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            int days = Integer.getInteger("bench.year.days", 365);
            int perDay = Integer.getInteger("bench.year.per_day", 1_000);
            Path base = Path.of(args[0]);
            try (TillStore store = TillStore.open(base)) {
                DSLContext dsl = store.dsl();
                store.compact(Duration.ofSeconds(10));
                long catalogOnly = store.fileSize();
                List<String> codes = TillScenario.sampleBarcodes(dsl, 2_000);
                MovableClock clock = new MovableClock(Instant.parse("2026-01-01T02:00:00Z"));
                TillServices till = TillServices.open(store, TillConfig.load(dsl), clock, ZoneId.of("Asia/Shanghai"),
                        BarcodeParser.withDefaultLayouts(), true);
                till.authority().signIn(till.staff().anyWithRole(Role.CASHIER).orElseThrow());
                Housekeeping night = new Housekeeping(store, new SalePruner(store,
                        new AuditLog(TillConfig.load(dsl).terminalCode(), clock), clock));
                Random random = new Random(5);
                long[] completes = new long[Math.min(1_000, days * perDay)];
                int done = 0;
                long afterNinetyDays = 0;
                long pruned = 0;
                for (int day = 0; day < days; day++) {
                    for (int s = 0; s < perDay; s++) {
                        long t = TillScenario.sellTimed(till, codes, random);
                        done++;
                        if (done > days * perDay - completes.length) {
                            completes[done - 1 - (days * perDay - completes.length)] = t;
                        }
                        clock.advance(Duration.ofSeconds(40));
                    }
                    nightly(dsl, clock.instant());
                    pruned += night.run(() -> true);
                    if (day == 89) {
                        afterNinetyDays = store.fileSize();
                    }
                    clock.set(Instant.parse("2026-01-01T02:00:00Z").plus(Duration.ofDays(day + 1)));
                }
                long[] fsyncs = FsyncProbe.measure(base.toAbsolutePath().getParent(), 1_000);
                double fsync = Figures.percentileMs(fsyncs, 50);
                long year = store.fileSize();
                Figures.print("fsync_4k_p50_ms", fsync, "ms");
                Figures.print("year_sales", done, "sales");
                Figures.print("year_pruned_sales", pruned, "sales");
                Figures.print("year_sales_last_p99_ms", Figures.percentileMs(completes, 99), "ms");
                Figures.print("year_sales_last_p99_fsyncs", Figures.percentileMs(completes, 99) / fsync, "fsyncs");
                Figures.print("year_store_mb", year / 1e6, "MB");
                Figures.print("year_catalog_only_mb", catalogOnly / 1e6, "MB");
                Figures.print("year_after_90_days_mb", afterNinetyDays / 1e6, "MB");
                // Goal: at most 1.5 x (catalog alone + 90 days of sales).
                Figures.print("year_store_ratio", afterNinetyDays == 0 ? 0 : (double) year / afterNinetyDays,
                        "x_of_catalog_plus_90_days");
                System.out.println("# completes sorted tail: " + Arrays.toString(
                        Arrays.copyOfRange(Arrays.stream(completes).sorted().toArray(), completes.length - 5,
                                completes.length)));
            }
        }

        /** What the night brings: the centre's acknowledgements (as the sync agent records them), the shift closed. */
        private static void nightly(DSLContext dsl, Instant now) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            dsl.update(OUTBOX).set(OUTBOX.ACKED_AT, at).where(OUTBOX.ACKED_AT.isNull()).execute();
            dsl.update(STOCK_LEDGER).set(STOCK_LEDGER.ACKED_AT, at).where(STOCK_LEDGER.ACKED_AT.isNull()).execute();
            dsl.update(POINTS_LEDGER).set(POINTS_LEDGER.ACKED_AT, at).where(POINTS_LEDGER.ACKED_AT.isNull()).execute();
            dsl.update(SHIFT).set(SHIFT.CLOSED_AT, at).where(SHIFT.CLOSED_AT.isNull()).execute();
        }
    }

    /** A clock the simulation moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
