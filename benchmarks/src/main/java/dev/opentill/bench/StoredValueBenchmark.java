package dev.opentill.bench;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.admin.StoreAdmin;
import dev.opentill.central.wallet.CardAdmin;
import dev.opentill.core.id.UuidV7;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.CardPayment;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.StoredValueCards;
import dev.opentill.sync.SyncConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A stored-value payment as the till makes it: a hold and its capture at the centre (on embedded
 * PostgreSQL, over HTTP on loopback), each keyed by the tender's id, with the till's own record of
 * the hold in its H2 store between the two. Prints the p50 and p99 of the pair in wall time, and
 * the load average (the machine may be shared).
 */
public final class StoredValueBenchmark {
    private static final int PAYMENTS = Integer.getInteger("bench.payments", 1_000);
    private static final int WARM = 200;

    private StoredValueBenchmark() {
    }

    public static void run() throws Exception {
        Path work = Files.createTempDirectory("opentill-wallet-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            CentralConfig config = CentralConfig.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", 0,
                    "bench");
            try (CentralPlatform central = CentralPlatform.start(config);
                    TillStore till = TillStore.open(work.resolve("till"))) {
                StoreAdmin admin = central.admin();
                admin.createStore("W1", "Bench W1");
                admin.createTerminal("W1", "T1");
                String code = admin.enrollmentCode("W1", "T1", Duration.ofHours(1)).code();
                Enrollment.enroll(till.dsl(), central.url(), code, "bench");
                new CardAdmin(central.dsl(), Clock.systemUTC()).issue(new CardAdmin.CardRow("BENCH-1", true,
                        "M-BENCH-1", 0L));
                StoredValueCards cards = new StoredValueCards(till.dsl(), SyncConfig.defaults());
                cards.topUp(UuidV7.next(), "BENCH-1", 500_000, "CASH");
                long[] samples = new long[PAYMENTS];
                for (int i = -WARM; i < PAYMENTS; i++) {
                    UUID tender = UuidV7.next();
                    long start = System.nanoTime();
                    CardPayment paid = cards.authorise(tender, "BENCH-1", 100);
                    cards.capture(tender);
                    long took = System.nanoTime() - start;
                    if (!paid.online()) {
                        throw new IllegalStateException("a payment went offline on loopback");
                    }
                    if (i >= 0) {
                        samples[i] = took;
                    }
                    if ((i + WARM) % 400 == 399) {
                        cards.topUp(UuidV7.next(), "BENCH-1", 40_000, "CASH");
                    }
                }
                Figures.print("stored_value_pay_p50_ms", Figures.percentileMs(samples, 50), "ms");
                Figures.print("stored_value_pay_p99_ms", Figures.percentileMs(samples, 99), "ms");
                Figures.print("stored_value_bench_load_1m",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
            }
        }
    }
}
