package dev.opentill.central.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The centre's connection pool, migrated with Flyway, and its jOOQ context. PostgreSQL in
 * production; H2 in PostgreSQL mode with lower-case names as the embedded default, so the
 * generated lower-case jOOQ names resolve on both.
 */
public final class CentralDatabase implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/central";

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final SQLDialect dialect;

    private CentralDatabase(HikariDataSource pool, SQLDialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.dsl = DSL.using(pool, dialect, new Settings().withExecuteLogging(false));
    }

    /** Where the database is: {@code jdbcUrl} null means an embedded H2 file under {@code dataDir}. */
    public record Location(String jdbcUrl, String user, String password, Path dataDir, int poolSize) {
    }

    public static CentralDatabase open(Location config) {
        String url = config.jdbcUrl();
        if (url == null) {
            url = "jdbc:h2:file:" + config.dataDir().toAbsolutePath().resolve("central")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
        }
        SQLDialect dialect = url.startsWith("jdbc:h2:") ? SQLDialect.H2 : SQLDialect.POSTGRES;
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setPoolName("central");
        if (dialect == SQLDialect.POSTGRES) {
            // Ingest binds one prepared insert per row; the driver folds those into multi-row inserts.
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(hc);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new CentralDatabase(pool, dialect);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.close();
    }
}
