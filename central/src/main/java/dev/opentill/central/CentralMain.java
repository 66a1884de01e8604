package dev.opentill.central;

import java.nio.file.Path;

/**
 * Runs a central platform standalone. Environment: OPENTILL_DB_URL (a PostgreSQL JDBC URL;
 * unset = embedded H2 in OPENTILL_DATA, default ./central-data), OPENTILL_DB_USER,
 * OPENTILL_DB_PASSWORD, OPENTILL_PORT (default 8080), OPENTILL_ADMIN_TOKEN.
 */
public final class CentralMain {
    private CentralMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String url = System.getenv("OPENTILL_DB_URL");
        int port = Integer.parseInt(env("OPENTILL_PORT", "8080"));
        String token = System.getenv("OPENTILL_ADMIN_TOKEN");
        CentralConfig config = url == null
                ? CentralConfig.embedded(Path.of(env("OPENTILL_DATA", "central-data")), port, token)
                : CentralConfig.postgres(url, env("OPENTILL_DB_USER", "opentill"), env("OPENTILL_DB_PASSWORD", ""),
                        port, token);
        if (url == null) {
            config = new CentralConfig(null, config.dbUser(), config.dbPassword(), config.dataDir(), "0.0.0.0",
                    port, token, config.poolSize(), config.publishInterval(), config.clock());
        }
        CentralPlatform platform = CentralPlatform.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "central-shutdown"));
        Thread.currentThread().join();
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
