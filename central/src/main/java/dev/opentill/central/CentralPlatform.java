package dev.opentill.central;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opentill.central.admin.CatalogImport;
import dev.opentill.central.admin.MemberImport;
import dev.opentill.central.admin.MenuImport;
import dev.opentill.central.admin.OfferImport;
import dev.opentill.central.admin.StaffAdmin;
import dev.opentill.central.admin.StoreAdmin;
import dev.opentill.central.auth.TerminalAuth;
import dev.opentill.central.db.CentralDatabase;
import dev.opentill.central.feed.Publisher;
import dev.opentill.central.http.ErrorAnswers;
import dev.opentill.central.http.Routes;
import dev.opentill.central.ingest.PushedEventReader;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running central platform: database, HTTP API and the feed publisher. Stateless apart from
 * the database, so several may run behind a load balancer (see ARCHITECTURE.md, "How the centre scales").
 * {@code CentralPlatform.start(CentralConfig.embedded(dir, 0, token))} gives the till's demo mode.
 */
public final class CentralPlatform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralPlatform.class);

    private final CentralConfig config;
    private final CentralDatabase db;
    private final Javalin app;
    private final Publisher publisher;
    private final ScheduledExecutorService background;
    private final ExecutorService lanes;

    private CentralPlatform(CentralConfig config, CentralDatabase db, Javalin app, Publisher publisher,
            ScheduledExecutorService background, ExecutorService lanes) {
        this.lanes = lanes;
        this.config = config;
        this.db = db;
        this.app = app;
        this.publisher = publisher;
        this.background = background;
    }

    /** The JSON mapping used on both ends of the protocol. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(PushedEventReader.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Enums travel as their toString: SyncProtocol.AckStatus's lower-case wire values.
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                // 349.99 for a long is refused, not truncated to 349.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static CentralPlatform start(CentralConfig config) {
        String token = config.adminToken();
        if (token == null) {
            Path dir = config.dataDir() != null ? config.dataDir() : Path.of("central-data");
            token = OwnerKey.readOrCreate(dir);
            LOG.warn("No admin token configured; the owner's admin key is in {} (readable only by this user)",
                    dir.resolve(OwnerKey.FILE).toAbsolutePath());
        }
        CentralConfig effective = new CentralConfig(config.jdbcUrl(), config.dbUser(), config.dbPassword(),
                config.dataDir(), config.host(), config.port(), token, config.poolSize(), config.publishInterval(),
                config.clock());
        CentralDatabase db = CentralDatabase.open(effective.database());
        ObjectMapper mapper = objectMapper();
        // Ingest lanes: as many as database connections, so a batch's events run in parallel.
        ExecutorService lanes = Executors.newFixedThreadPool(effective.poolSize(), r -> {
            Thread t = new Thread(r, "central-ingest");
            t.setDaemon(true);
            return t;
        });
        Routes routes = new Routes(db.dsl(), mapper, effective.clock(), token, lanes);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.disableCompression();
            cfg.jsonMapper(new JavalinJackson(mapper, false));
        });
        ErrorAnswers.install(app);
        routes.register(app);
        try {
            app.start(effective.host(), effective.port());
        } catch (RuntimeException e) {
            lanes.shutdownNow();
            db.close();
            throw e;
        }
        Publisher publisher = new Publisher(db.dsl(), effective.clock());
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "central-publisher");
            t.setDaemon(true);
            return t;
        });
        long every = effective.publishInterval().toMillis();
        background.scheduleWithFixedDelay(() -> {
            try {
                publisher.publishAll();
            } catch (RuntimeException e) {
                LOG.warn("Publishing ledger balances failed; will retry", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        LOG.info("OpenTill central listening on {}:{}", effective.host(), app.port());
        return new CentralPlatform(effective, db, app, publisher, background, lanes);
    }

    public int port() {
        return app.port();
    }

    /** The base URL tills use, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host();
        return "http://" + host + ":" + port();
    }

    public String adminToken() {
        return config.adminToken();
    }

    public DSLContext dsl() {
        return db.dsl();
    }

    /** Stores, terminals, enrollment codes and stock receipts, in-process (demo mode, tests, tools). */
    public StoreAdmin admin() {
        return new StoreAdmin(db.dsl(), new TerminalAuth(db.dsl(), config.clock()), config.clock());
    }

    /** Catalog, price and member imports, in-process (demo data, tests, tools). */
    public CatalogImport catalog() {
        return new CatalogImport(db.dsl(), config.clock());
    }

    /** Promotion and coupon imports, in-process. */
    public OfferImport offers() {
        return new OfferImport(db.dsl(), config.clock());
    }

    /** Made-to-order menu imports (option groups, product links, combos), in-process. */
    public MenuImport menus() {
        return new MenuImport(db.dsl(), config.clock());
    }

    /** Member imports, in-process. */
    public MemberImport members() {
        return new MemberImport(db.dsl(), config.clock());
    }

    /** Staff: create, import, disable, new PINs, in-process (demo data, tests, tools). */
    public StaffAdmin staff() {
        return new StaffAdmin(db.dsl(), config.clock());
    }

    /** Folds pending ledger entries into balances now (tests and benchmarks; it also runs on a timer). */
    public int publishNow() {
        return publisher.publishAll();
    }

    @Override
    public void close() {
        // Let a running publish finish its transaction rather than cutting its connection.
        background.shutdown();
        app.stop();
        lanes.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
            lanes.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
