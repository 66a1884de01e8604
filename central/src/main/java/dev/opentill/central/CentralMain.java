package dev.opentill.central;

import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a central platform standalone. Environment: OPENTILL_DB_URL (a PostgreSQL JDBC URL;
 * unset = embedded H2 in OPENTILL_DATA, default ./central-data), OPENTILL_DB_USER,
 * OPENTILL_DB_PASSWORD, OPENTILL_DB_POOL (connections, default 16 on PostgreSQL and 8 embedded),
 * OPENTILL_PORT (default 8080), OPENTILL_HOST (default 127.0.0.1: loopback only; set 0.0.0.0 only
 * behind a TLS proxy, see the README), OPENTILL_ADMIN_TOKEN (unset: an owner key is made once and
 * kept in a file under the data folder, never logged). A wrong value stops start-up with a message
 * naming the variable.
 */
public final class CentralMain {
    private CentralMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        CentralConfig config;
        try {
            config = fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("opentill central: " + e.getMessage());
            System.exit(2);
            return;
        }
        CentralPlatform platform = CentralPlatform.start(config);
        System.out.println(StartBanner.text(platform.url(), config));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "central-shutdown"));
        Thread.currentThread().join();
    }

    static CentralConfig fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("OPENTILL_DB_URL"));
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "OPENTILL_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db), not "
                            + url);
        }
        int port = number("OPENTILL_PORT", or(env, "OPENTILL_PORT", "8080"), 0, 65535);
        String token = blankToNull(env.get("OPENTILL_ADMIN_TOKEN"));
        CentralConfig config = url == null
                ? CentralConfig.embedded(Path.of(or(env, "OPENTILL_DATA", "central-data")), port, token)
                : CentralConfig.postgres(url, or(env, "OPENTILL_DB_USER", "opentill"),
                        or(env, "OPENTILL_DB_PASSWORD", ""),
                        port, token);
        String host = or(env, "OPENTILL_HOST", "127.0.0.1");
        Path data = Path.of(or(env, "OPENTILL_DATA", "central-data"));
        config = new CentralConfig(config.jdbcUrl(), config.dbUser(), config.dbPassword(), data, host, port, token,
                config.poolSize(), config.publishInterval(), config.clock());
        String pool = blankToNull(env.get("OPENTILL_DB_POOL"));
        if (pool != null) {
            config = config.withPoolSize(number("OPENTILL_DB_POOL", pool, 1, 1000));
        }
        return config;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not \""
                + value + "\"");
    }

    private static String or(Map<String, String> env, String name, String dflt) {
        String v = blankToNull(env.get(name));
        return v == null ? dflt : v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
