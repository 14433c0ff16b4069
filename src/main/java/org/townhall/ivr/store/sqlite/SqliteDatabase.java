package org.townhall.ivr.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.townhall.ivr.store.StoreException;

/**
 * The server's SQLite file ({@code townhall.db}, WAL journal) and its one connection, used by one thread at a time:
 * SQLite serialises writers anyway, and each operation is a few hundred microseconds. Every store of the server
 * (calls, users, configuration versions…) works through {@link #locked} or {@link #transaction}.
 */
public final class SqliteDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long LOCK_TIMEOUT_SECONDS = 10;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code townhall.db} in {@code dataDirectory} and migrates it. */
    public static SqliteDatabase open(Path dataDirectory) {
        Path file = dataDirectory.resolve("townhall.db");
        try {
            Files.createDirectories(dataDirectory);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA busy_timeout = 5000");
            }
            Migrations.apply(connection, file.toString());
            log.info("database: {}", file.toAbsolutePath());
            return new SqliteDatabase(file, connection);
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the database " + file.toAbsolutePath() + ": " + e.getMessage()
                    + " (check that the --data directory is writable)", e);
        }
    }

    public Path file() {
        return file;
    }

    /** One unit of work on the connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} alone on the connection; {@code what} completes "could not …" in errors. */
    <T> T locked(String what, Work<T> work) {
        boolean acquired;
        try {
            acquired = lock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to " + what, e);
        }
        if (!acquired) {
            throw new StoreException("could not " + what + ": the database " + file + " stayed busy for "
                    + LOCK_TIMEOUT_SECONDS + " s", null);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #locked}, all or nothing: the work's writes are committed together or not at all. */
    <T> T transaction(String what, Work<T> work) {
        return locked(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    @Override
    public void close() {
        locked("close the database", c -> {
            c.close();
            return null;
        });
    }
}
