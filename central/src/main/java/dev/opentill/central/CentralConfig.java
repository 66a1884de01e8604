package dev.opentill.central;

import dev.opentill.central.db.CentralDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to run a central platform. {@code jdbcUrl} null means an embedded H2 file under
 * {@code dataDir}; {@code port} 0 picks a free port; {@code adminToken} null makes a random owner
 * key once, kept in {@code dataDir/owner-key} (see {@link OwnerKey}).
 */
public record CentralConfig(String jdbcUrl, String dbUser, String dbPassword, Path dataDir, String host, int port,
        String adminToken, int poolSize, Duration publishInterval, Clock clock) {

    /** An embedded H2 centre in {@code dataDir}: the till's demo mode and a small chain's default. */
    public static CentralConfig embedded(Path dataDir, int port, String adminToken) {
        return new CentralConfig(null, "central", "", dataDir, "127.0.0.1", port, adminToken, 8,
                Duration.ofMillis(200), Clock.systemUTC());
    }

    /** A centre on PostgreSQL (or another database with a PostgreSQL protocol), on loopback until told otherwise. */
    public static CentralConfig postgres(String jdbcUrl, String user, String password, int port, String adminToken) {
        return new CentralConfig(jdbcUrl, user, password, null, "127.0.0.1", port, adminToken, 16,
                Duration.ofMillis(200), Clock.systemUTC());
    }

    /** The database part of this configuration. */
    public CentralDatabase.Location database() {
        return new CentralDatabase.Location(jdbcUrl, dbUser, dbPassword, dataDir, poolSize);
    }

    public CentralConfig withClock(Clock c) {
        return new CentralConfig(jdbcUrl, dbUser, dbPassword, dataDir, host, port, adminToken,
                poolSize, publishInterval, c);
    }

    public CentralConfig withPort(int p) {
        return new CentralConfig(jdbcUrl, dbUser, dbPassword, dataDir, host, p, adminToken, poolSize,
                publishInterval, clock);
    }

    public CentralConfig withPoolSize(int size) {
        return new CentralConfig(jdbcUrl, dbUser, dbPassword, dataDir, host, port, adminToken, size,
                publishInterval, clock);
    }
}
