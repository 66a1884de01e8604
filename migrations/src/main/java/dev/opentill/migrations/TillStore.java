package dev.opentill.migrations;

import dev.opentill.migrations.internal.ForceBeforeOverwrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The till's local H2 store: opens (or creates) the database file, refuses a file written by a
 * newer version, migrates it with Flyway, and hands out a jOOQ context. {@link #syncToDisk()}
 * forces committed data onto the disk (H2 does not fsync on commit).
 */
public final class TillStore implements AutoCloseable {
    /** Flyway location of the till's migrations. */
    public static final String MIGRATIONS = "classpath:db/till";
    /** H2's statement that writes the store and fsyncs it; there is no jOOQ DSL for it. */
    private static final String CHECKPOINT_SYNC = "CHECKPOINT SYNC";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private volatile boolean open = true;

    private TillStore(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /**
     * Opens the store whose files start with {@code base} (H2 appends {@code .mv.db}), creating
     * the folder if needed, and migrates it.
     */
    public static TillStore open(Path base) {
        return open(base, MIGRATIONS);
    }

    /** As {@link #open(Path)} with extra Flyway locations (tests use this to simulate newer versions). */
    public static TillStore open(Path base, String... locations) {
        return openThrough(base, "", locations);
    }

    /** As {@link #open(Path, String...)} through an H2 file system {@code fileSystem} ("" or "scheme:"); tests record writes this way. */
    static TillStore openThrough(Path base, String fileSystem, String... locations) {
        Path absolute = base.toAbsolutePath();
        StoreFiles files = new StoreFiles(absolute);
        files.checkBeforeOpen();
        // Commits that matter (a sale, an open-ticket change) are followed by syncToDisk(), which
        // writes and fsyncs them. Because of that fsync, old chunks need not be kept for H2's
        // default 45 s: a 1 s retention lets the background writer reuse space, where the default
        // (or WRITE_DELAY=0, which stops that writer) grew the file by ~170 KB per sale.
        // MAX_COMPACT_TIME=0: no compaction while the store closes. With H2's default (200 ms) a store
        // closed after a large download (the setup wizard's catalog) opened again without settings
        // committed after it (SetupWizardIT, three runs of three); the till compacts when idle instead.
        String url = "jdbc:h2:" + ForceBeforeOverwrite.prefix() + fileSystem + absolute
                + ";RETENTION_TIME=1000;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "till", "");
        pool.setMaxConnections(8);
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            migrate(pool, files.data(), locations);
            TillStore store = new TillStore(absolute, pool);
            if (!files.marked()) {
                store.syncToDisk();
                files.markCreated();
            }
            return store;
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw locked(files.data(), e);
            }
            throw new StoreOpenException(StoreOpenException.Reason.UNREADABLE, "The till database " + files.data()
                    + " cannot be read: it is damaged or is not a till database (" + e.getMessage() + ")."
                    + " Keep the file, and restore it from a backup or ask for support.", e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static StoreOpenException locked(Path data, Exception cause) {
        return new StoreOpenException(StoreOpenException.Reason.LOCKED, "The till database " + data
                + " is in use by another program. Is another till already running on this machine?", cause);
    }

    private static void migrate(DataSource ds, Path file, String... locations) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(locations).load();
        MigrationInfo[] all = flyway.info().all();
        for (MigrationInfo m : all) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreOpenException(StoreOpenException.Reason.TOO_NEW, "The till database " + file
                        + " was written by a newer version of OpenTill (schema version " + m.getVersion()
                        + "). It has not been changed. Install the newer version to use it.", null);
            }
        }
        // A store already at this version: migrate() would scan the class path and read the history
        // again only to find nothing to do (a fifth of a cold start). Anything else goes through it.
        if (all.length > 0 && Arrays.stream(all).allMatch(m -> m.getState() == MigrationState.SUCCESS)) {
            return;
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreOpenException(StoreOpenException.Reason.UNREADABLE, "The till database " + file
                    + " cannot be updated to this version of OpenTill (" + e.getMessage() + "). It may be damaged."
                    + " Keep the file, and restore it from a backup or ask for support.", e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Path file() {
        return file;
    }

    /** Writes everything committed so far to the file and fsyncs it. */
    public void syncToDisk() {
        dsl.execute(CHECKPOINT_SYNC);
    }

    /**
     * Compacts the store file for at most {@code max}: H2 rewrites live pages out of sparse chunks
     * and shrinks the file (what the till runs when idle). Safe against power cuts through the same
     * file system guard as every write ({@code PowerCutTest}, compaction window).
     */
    public void compact(Duration max) {
        try (Connection c = pool.getConnection()) {
            ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore()
                    .compactFile((int) Math.min(Integer.MAX_VALUE, max.toMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException("The store could not be compacted: " + e.getMessage(), e);
        }
    }

    /** The store file's size in bytes. */
    public long fileSize() {
        try {
            return Files.size(file.resolveSibling(file.getFileName() + ".mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #syncToDisk()} inside an open transaction's connection, after its commit. */
    public static void syncToDisk(DSLContext ctx) {
        ctx.execute(CHECKPOINT_SYNC);
    }

    /** Whether {@link #close()} has not been called yet. */
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        pool.dispose();
    }
}
