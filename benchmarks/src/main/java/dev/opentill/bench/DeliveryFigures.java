package dev.opentill.bench;

import static dev.opentill.store.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.store.jooq.Tables.PRODUCTION_ORDER;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.DeliveryRepository;
import dev.opentill.app.store.TillConfig;
import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.demo.DeliverySimulator;
import dev.opentill.demo.DemoData;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import dev.opentill.sync.SyncAgent;
import dev.opentill.sync.SyncConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The delivery figures, on the reference centre (embedded H2) and one enrolled till over loopback:
 * {@code delivery_to_till_p99_ms}, from the centre's answer to a posted order to the order in the
 * till's store (the push channel rings, the till pulls; the periodic pull is an hour away), and
 * {@code peak_orders_per_min_per_store}, the orders one store's till takes (accepted automatically
 * and queued for production, where their labels are printed) while the simulator posts as fast as
 * the centre answers.
 */
final class DeliveryFigures {
    static final int LATENCY_ORDERS = Integer.getInteger("bench.delivery.orders", 300);
    static final long PEAK_SECONDS = Long.getLong("bench.delivery.peak_s", 30);
    private static final String TOKEN = "bench-" + UUID.randomUUID();
    private static final String STORE = "BD1";

    private DeliveryFigures() {
    }

    static void run(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (CentralPlatform central = CentralPlatform.start(CentralConfig.embedded(dir.resolve("central-"
                + System.nanoTime()), 0, TOKEN));
                TillStore till = demoTill(dir.resolve("delivery-till-" + System.nanoTime()))) {
            central.admin().createStore(STORE, "Bench delivery store");
            central.admin().createTerminal(STORE, "T1");
            seedProduct(central.url());
            Enrollment.enroll(till.dsl(), central.url(),
                    central.admin().enrollmentCode(STORE, "T1", Duration.ofMinutes(10)).code(), "bench");
            try (SyncAgent agent = SyncAgent.create(till,
                    SyncConfig.defaults().withPullInterval(Duration.ofHours(1)))) {
                agent.start().listenForDeliveries();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (agent.status().lastSuccess() == null && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                DeliverySimulator platform = new DeliverySimulator(central.url(), TOKEN, "meituan");
                latency(till, platform);
                peak(till, platform);
            }
        }
    }

    /** A small demo store (staff, settings, a few products), as a till has after setup. */
    private static TillStore demoTill(Path path) {
        DemoData.createStore(path, 50, 7, done -> {
        });
        return TillStore.open(path);
    }

    private static void latency(TillStore till, DeliverySimulator platform) throws Exception {
        long[] nanos = new long[LATENCY_ORDERS];
        for (int i = -20; i < LATENCY_ORDERS; i++) {
            DeliverySimulator.Posted p = platform.post(platform.order(STORE, "DLV0", 2, 1200));
            long accepted = System.nanoTime();
            if (p.orderId() == null) {
                throw new IllegalStateException("The centre refused an order: " + p.status() + " " + p.body());
            }
            long limit = accepted + 30_000_000_000L;
            while (till.dsl().fetchCount(DELIVERY_ORDER, DELIVERY_ORDER.ID.eq(p.orderId())) == 0) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("Order " + p.orderId() + " never reached the till");
                }
                Thread.sleep(1);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - accepted;
            }
        }
        Figures.print("delivery_to_till_p50_ms", Figures.percentileMs(nanos, 50), "ms");
        Figures.print("delivery_to_till_p99_ms", Figures.percentileMs(nanos, 99), "ms");
    }

    /**
     * The simulator posts as fast as the centre answers for {@link #PEAK_SECONDS}; the till accepts
     * every waiting order as the feed brings them (auto-accept, as the composition root does on
     * each feed change) and queues them; the figure is the queued orders per minute of the run.
     */
    private static void peak(TillStore till, DeliverySimulator platform) throws Exception {
        till.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, DeliveryRepository.AUTO_ACCEPT)
                .set(STORE_SETTING.SETTING_VALUE, "true").execute();
        TillServices services = TillServices.open(till, TillConfig.load(till.dsl()), Clock.systemUTC(),
                ZoneId.systemDefault(), BarcodeParser.withDefaultLayouts(), true);
        services.delivery().acceptWaitingIfAutomatic(); // the latency run's orders, before the clock starts
        int before = till.dsl().fetchCount(PRODUCTION_ORDER);
        AtomicBoolean posting = new AtomicBoolean(true);
        Thread poster = new Thread(() -> {
            while (posting.get()) {
                try {
                    platform.post(platform.order(STORE, "DLV0", 1, 1200));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "bench-platform");
        long start = System.nanoTime();
        long end = start + PEAK_SECONDS * 1_000_000_000L;
        poster.start();
        while (System.nanoTime() < end) {
            if (services.delivery().acceptWaitingIfAutomatic() == 0) {
                Thread.sleep(5);
            }
        }
        posting.set(false);
        poster.join();
        double minutes = (System.nanoTime() - start) / 60e9;
        int taken = till.dsl().fetchCount(PRODUCTION_ORDER) - before;
        Figures.print("peak_orders_per_min_per_store", taken / minutes, "orders/min");
    }

    private static void seedProduct(String url) throws IOException {
        OkHttpClient http = new OkHttpClient();
        post(http, url, "/tax-classes",
                "[{\"code\":\"VAT6\",\"nameZh\":\"增值税6%\",\"nameEn\":\"VAT 6%\",\"rateBp\":600}]");
        post(http, url, "/categories", "[{\"code\":\"TEA\",\"nameZh\":\"茶饮\",\"nameEn\":\"Tea\",\"sortOrder\":1}]");
        post(http, url, "/products", "[{\"sku\":\"DLV0\",\"nameZh\":\"奶茶\",\"nameEn\":\"Milk tea\","
                + "\"categoryCode\":\"TEA\",\"taxClassCode\":\"VAT6\",\"basePriceMinor\":1200,\"barcodes\":[]}]");
    }

    private static void post(OkHttpClient http, String url, String path, String json) throws IOException {
        Request req = new Request.Builder().url(url + "/api/v1/admin" + path).header("Authorization", "Bearer " + TOKEN)
                .post(RequestBody.create(json, MediaType.get("application/json; charset=utf-8"))).build();
        try (Response res = http.newCall(req).execute()) {
            if (!res.isSuccessful()) {
                throw new IllegalStateException(path + " -> " + res.code() + " " + res.body().string());
            }
        }
    }
}
