package dev.opentill.bench;

import static dev.opentill.central.jooq.Tables.PRODUCT;
import static dev.opentill.central.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.central.jooq.Tables.SALE;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.central.admin.CatalogImport;
import dev.opentill.central.admin.ImportRecords;
import dev.opentill.core.catalog.PinyinInitials;
import dev.opentill.central.admin.StoreAdmin;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import dev.opentill.sync.SyncJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jooq.DSLContext;
import dev.opentill.store.jooq.Tables;
import java.util.Locale;

/**
 * Sync figures with the centre on embedded PostgreSQL (synchronous commit on) on this machine:
 * concurrent ingest, a 20k offline backlog drain, a 1M-product first download by a till with a
 * 256 MB heap (in a child JVM), and push-to-ack latency of one online sale. Knobs for
 * investigation (system properties, prefix {@code opentill.sync.bench}): {@code =ingest,backlog,ack,catalog}
 * phases, {@code .pool} connections, {@code .synccommit}, {@code .publishMs}, {@code .childJfr} file.
 */
public final class SyncBenchmark {
    private static final int TERMINALS = 32;
    private static final int SALES_PER_TERMINAL = 625;
    private static final int BATCH = 100;
    private static final int ROUNDS = 3;
    private static final int CATALOG = 1_000_000;

    private SyncBenchmark() {
    }

    public static void run() throws Exception {
        Path work = Files.createTempDirectory("opentill-sync-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", System.getProperty("opentill.sync.bench.synccommit", "on"))
                .setServerConfig("max_connections", "100").setServerConfig("shared_buffers", "256MB").start()) {
            // The centre's own defaults (pool of 16), on loopback; knobs only for investigation.
            CentralConfig defaults = CentralConfig.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", 0,
                    "bench");
            CentralConfig config = new CentralConfig(defaults.jdbcUrl(), defaults.dbUser(), defaults.dbPassword(), null,
                    "127.0.0.1", 0, "bench", Integer.getInteger("opentill.sync.bench.pool", defaults.poolSize()),
                    Duration.ofMillis(Long.getLong("opentill.sync.bench.publishMs",
                            defaults.publishInterval().toMillis())),
                    Clock.systemUTC());
            try (CentralPlatform central = CentralPlatform.start(config)) {
                DSLContext dsl = central.dsl();
                StoreAdmin admin = central.admin();
                CatalogImport catalog = central.catalog();
                catalog.taxClasses(List.of(new ImportRecords.TaxClassRow("VAT13", "增值税13%", "VAT 13%", 1300)));
                List<UUID> products = seedCatalog(dsl, 0, 200);
                List<String> only = List.of(System.getProperty("opentill.sync.bench", "ingest,backlog,ack,catalog")
                        .split(","));
                if (only.contains("ingest")) {
                    ingest(central, admin, products);
                }
                if (only.contains("backlog")) {
                    backlog(central, admin, products, work);
                }
                if (only.contains("ack")) {
                    pushAck(central, admin, products, work);
                }
                if (only.contains("catalog")) {
                    catalogBootstrap(central, admin, work);
                }
            }
        } finally {
            deleteQuietly(work);
        }
    }

    private static void ingest(CentralPlatform central, StoreAdmin admin, List<UUID> products) throws Exception {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(TERMINALS, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofMinutes(2)).build();
        http.dispatcher().setMaxRequestsPerHost(TERMINALS);
        List<Terminal> warmup = terminals(central, admin, "W", 8);
        pushAll(http, central, warmup, prepare(warmup, 250, products));
        // Three rounds on fresh terminals (the tables keep growing, as at a real centre); the median is reported.
        double[] rates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            List<Terminal> terminals = terminals(central, admin, "I" + round, TERMINALS);
            List<List<byte[]>> batches = prepare(terminals, SALES_PER_TERMINAL, products);
            int before = central.dsl().fetchCount(SALE);
            long t0 = System.nanoTime();
            pushAll(http, central, terminals, batches);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int total = TERMINALS * SALES_PER_TERMINAL;
            int stored = central.dsl().fetchCount(SALE) - before;
            if (stored != total) {
                throw new IllegalStateException(stored + " of " + total + " sales stored");
            }
            rates[round] = total / seconds;
            System.err.printf(Locale.ROOT, "ingest round %d: %.0f sales/s%n", round + 1, rates[round]);
        }
        Arrays.sort(rates);
        figure("central_ingest_sales_per_s", rates[ROUNDS / 2], "sales/s");
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private record Terminal(String store, String code, String credential) {
    }

    private static List<Terminal> terminals(CentralPlatform central, StoreAdmin admin, String prefix, int n) {
        TerminalAuth auth = new TerminalAuth(central.dsl(), Clock.systemUTC());
        List<Terminal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String store = prefix + "S" + (i / 2);
            if (i % 2 == 0) {
                admin.createStore(store, "Bench " + store);
            }
            String code = "T" + (i % 2);
            admin.createTerminal(store, code);
            String otc = admin.enrollmentCode(store, code, Duration.ofHours(1)).code();
            out.add(new Terminal(store, code, auth.enroll(otc).credential()));
        }
        return out;
    }

    /** Pre-builds each terminal's gzip batches so the timed part is only the centre's work. */
    private static List<List<byte[]>> prepare(List<Terminal> terminals, int salesEach, List<UUID> products)
            throws IOException {
        ObjectMapper json = SyncJson.mapper();
        List<List<byte[]>> out = new ArrayList<>();
        for (Terminal t : terminals) {
            List<byte[]> batches = new ArrayList<>();
            for (int from = 1; from <= salesEach; from += BATCH) {
                List<PushedEvent> events = new ArrayList<>();
                for (int seq = from; seq < from + BATCH && seq <= salesEach; seq++) {
                    SaleEvent e = SyncBenchSales.sale(t.store(), t.code(), seq, products, Instant.now());
                    events.add(new PushedEvent(seq, e.eventId(), SaleEvent.TYPE, json.valueToTree(e)));
                }
                PushBatch body = new PushBatch(t.store(), t.code(), events.size(), null, events, PushBatch.CURRENT);
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                    json.writeValue(gz, body);
                }
                batches.add(buf.toByteArray());
            }
            out.add(batches);
        }
        return out;
    }

    private static void pushAll(OkHttpClient http, CentralPlatform central, List<Terminal> terminals,
            List<List<byte[]>> batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(terminals.size());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < terminals.size(); i++) {
            Terminal t = terminals.get(i);
            List<byte[]> mine = batches.get(i);
            done.add(pool.submit(() -> {
                for (byte[] body : mine) {
                    Request req = new Request.Builder().url(central.url() + "/api/v1/sync/push")
                            .header("Authorization", "Bearer " + t.credential()).header("Content-Encoding", "gzip")
                            .post(RequestBody.create(body, MediaType.get("application/json"))).build();
                    try (Response res = http.newCall(req).execute()) {
                        if (!res.isSuccessful()) {
                            throw new IllegalStateException("push failed: " + res.code() + " " + res.body().string());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static TillStore enrolledTill(CentralPlatform central, StoreAdmin admin, Path dir, String store) {
        admin.createStore(store, "Bench " + store);
        admin.createTerminal(store, "T1");
        String code = admin.enrollmentCode(store, "T1", Duration.ofHours(1)).code();
        TillStore till = TillStore.open(dir.resolve(store).resolve("till"));
        Enrollment.enroll(till.dsl(), central.url(), code, "bench");
        return till;
    }

    private static SyncConfig agentConfig(int pullPage) {
        return SyncConfig.defaults().withPullInterval(Duration.ofHours(1)).withBatches(500, pullPage)
                .withBackoff(Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    private static void backlog(CentralPlatform central, StoreAdmin admin, List<UUID> products, Path work) {
        try (TillStore till = enrolledTill(central, admin, work, "BACKLOG")) {
            Instant start = Instant.now().minus(Duration.ofDays(7));
            for (int from = 1; from <= 20_000; from += 1000) {
                int first = from;
                till.dsl().transaction(cfg -> {
                    for (int seq = first; seq < first + 1000; seq++) {
                        SyncBenchSales.write(cfg.dsl(), SyncBenchSales.sale("BACKLOG", "T1", seq, products,
                                start.plusSeconds(seq * 30L)));
                    }
                });
            }
            try (SyncAgent agent = SyncAgent.create(till, agentConfig(5000))) {
                long t0 = System.nanoTime();
                var status = agent.syncNow();
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (status.pendingCount() != 0) {
                    throw new IllegalStateException("backlog not drained: " + status);
                }
                figure("backlog_20k_drain_s", seconds, "s");
            }
        }
    }

    private static void pushAck(CentralPlatform central, StoreAdmin admin, List<UUID> products, Path work)
            throws InterruptedException {
        try (TillStore till = enrolledTill(central, admin, work, "ONLINE");
                SyncAgent agent = SyncAgent.create(till, agentConfig(5000))) {
            LinkedBlockingQueue<Long> acked = new LinkedBlockingQueue<>();
            agent.addListener(s -> {
                if (s.pendingCount() == 0 && s.lastError() == null) {
                    acked.add(System.nanoTime());
                }
            });
            agent.start();
            acked.poll(30, TimeUnit.SECONDS);
            int n = 600;
            long[] ms = new long[n];
            for (int i = 0; i < n; i++) {
                long seq = i + 1;
                SaleEvent e = SyncBenchSales.sale("ONLINE", "T1", seq, products, Instant.now());
                till.dsl().transaction(cfg -> SyncBenchSales.write(cfg.dsl(), e));
                acked.clear();
                long t0 = System.nanoTime();
                agent.nudge();
                Long t1 = acked.poll(30, TimeUnit.SECONDS);
                if (t1 == null) {
                    throw new IllegalStateException("no ack: " + agent.status());
                }
                ms[i] = (t1 - t0) / 1_000_000;
            }
            long[] steady = Arrays.copyOfRange(ms, 100, n);
            Arrays.sort(steady);
            figure("push_ack_p99_ms", steady[(int) Math.ceil(steady.length * 0.99) - 1], "ms");
        }
    }

    private static void catalogBootstrap(CentralPlatform central, StoreAdmin admin, Path work) throws Exception {
        long t0 = System.nanoTime();
        seedCatalog(central.dsl(), 200, CATALOG - 200);
        System.out.printf("info catalog_1m_seed_s %.1f%n", (System.nanoTime() - t0) / 1e9);
        Path db;
        try (TillStore till = enrolledTill(central, admin, work, "NEWTILL")) {
            db = till.file();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        String jfr = System.getProperty("opentill.sync.bench.childJfr"); // profile the till side if asked
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TillBootstrap.class.getName(),
                db.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes());
        if (child.waitFor() != 0 || !out.contains("seconds ")) {
            throw new IllegalStateException("catalog bootstrap failed:\n" + out);
        }
        String seconds = out.substring(out.indexOf("seconds ") + 8).trim().split("\\s+")[0];
        figure("catalog_1m_bootstrap_s", Double.parseDouble(seconds), "s");
    }

    /** The new till, in its own JVM with a 256 MB heap: downloads and applies the whole catalog. */
    public static final class TillBootstrap {
        private TillBootstrap() {
        }

        public static void main(String[] args) {
            try (TillStore till = TillStore.open(Path.of(args[0]));
                    SyncAgent agent = SyncAgent.create(till, agentConfig(20_000))) {
                long t0 = System.nanoTime();
                var status = agent.syncNow();
                double seconds = (System.nanoTime() - t0) / 1e9;
                int products = till.dsl().fetchCount(Tables.PRODUCT);
                if (status.lastError() != null) {
                    System.out.println("error " + status.lastError());
                    System.exit(1);
                }
                System.out.println("products " + products + " seconds " + seconds);
            }
        }
    }

    /** Bulk-loads products with one barcode each straight into the centre (setup, not measured). */
    private static List<UUID> seedCatalog(DSLContext dsl, int offset, int count) {
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] names = {"咖啡", "绿茶", "牛奶", "面包", "苹果", "可口可乐", "矿泉水", "巧克力"};
        for (int from = 0; from < count; from += 5000) {
            int size = Math.min(count, from + 5000) - from;
            int base = offset + from;
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                var p = tx.insertInto(PRODUCT, PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME_ZH, PRODUCT.NAME_EN,
                        PRODUCT.PINYIN_INITIALS, PRODUCT.TAX_CLASS_CODE, PRODUCT.SOLD_BY_WEIGHT,
                        PRODUCT.BASE_PRICE_MINOR, PRODUCT.ACTIVE, PRODUCT.UPDATED_AT);
                var b = tx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.CODE, PRODUCT_BARCODE.PRODUCT_ID);
                List<ChangeLogWriter.Change> changes = new ArrayList<>();
                for (int i = base; i < base + size; i++) {
                    UUID id = UuidV7.next();
                    String name = names[i % names.length] + i;
                    p = p.values(id, "B" + i, name, "Item " + i, PinyinInitials.of(name), "VAT13", false,
                            100L + i % 5000, true, now);
                    b = b.values(String.format("69%011d", i), id);
                    changes.add(new ChangeLogWriter.Change(null, FeedRecords.PRODUCT, id.toString()));
                    ids.add(id);
                }
                p.execute();
                b.execute();
                ChangeLogWriter.append(tx, changes, now);
            });
        }
        return ids;
    }

    private static void figure(String name, double value, String unit) {
        Figures.print(name, value, unit);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temp folder: best effort
        }
    }
}
