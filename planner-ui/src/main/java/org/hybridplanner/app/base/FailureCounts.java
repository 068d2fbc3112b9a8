package org.hybridplanner.app.base;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code failure_count} table behind every {@link FailureLimiter}: one row per limit and client, shared by all
 * instances of the planner on the database, counting the places taken in the current window ({@code taken}: attempts
 * in flight and failures) and the failures among them. Each change is one conditional statement, which the database
 * applies atomically per row (a concurrent change to the same row waits, then the condition is checked again on the
 * row it left), so no two attempts anywhere can both take the last place.
 * <p>
 * Every call commits on its own, before the caller goes on, and refuses to run inside the caller's transaction: a
 * failed guess rolls its transaction back, and must still count; and a second connection per request, taken while
 * the first is held, could exhaust the pool under exactly the bursts the limits are for. On PostgreSQL the commit
 * does not wait for the write-ahead log ({@code synchronous_commit} off for these transactions only): a count lost
 * in a crash lets a client try a few more times, which is not worth a disk flush per attempt.
 */
@Component
public class FailureCounts {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    FailureCounts(DataSource dataSource, PlatformTransactionManager transactionManager)
            throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /** What asking for a place found. */
    enum Place {
        /** A place was free and is now the attempt's. */
        TAKEN,
        /** Every place is taken, but not all by failures: attempts in flight hold some and may give them back. */
        BUSY,
        /** The window's failures reached the limit: the client is blocked until the window ends. */
        BLOCKED
    }

    /**
     * Takes one of the client's {@code limit} places in the window (the first attempt of a new window resets the
     * count); {@code failed} counts it as a failure at once, for a failure found without a place held.
     */
    Place take(String limiter, String client, long window, int limit, boolean failed) {
        // A row that two first attempts insert at once: the second insert fails and that attempt looks again.
        for (int round = 0; ; round++) {
            try {
                return inOwnTransaction(() -> takeOnce(limiter, client, window, limit, failed ? 1 : 0));
            } catch (DuplicateKeyException insertedMeanwhile) {
                if (round == 2) {
                    throw insertedMeanwhile;
                }
            }
        }
    }

    private Place takeOnce(String limiter, String client, long window, int limit, int failed) {
        // Only ever forward: an attempt of a window that has ended (one that waited past its end, or an instance
        // whose clock is behind) must not reset the count of the window after it.
        if (jdbc.update("update failure_count set window_number = ?, taken = 1, failures = ? where limiter = ?"
                + " and client = ? and window_number < ?", window, failed, limiter, client, window) == 1) {
            return Place.TAKEN;
        }
        if (jdbc.update("update failure_count set taken = taken + 1, failures = failures + ? where limiter = ?"
                + " and client = ? and window_number = ? and taken < ?", failed, limiter, client, window,
                limit) == 1) {
            return Place.TAKEN;
        }
        Integer failures = jdbc.query("select failures from failure_count where limiter = ? and client = ?",
                rows -> rows.next() ? rows.getInt(1) : null, limiter, client);
        if (failures != null) {
            return failures >= limit ? Place.BLOCKED : Place.BUSY;
        }
        jdbc.update("insert into failure_count (limiter, client, window_number, taken, failures)"
                + " values (?, ?, ?, 1, ?)", limiter, client, window, failed);
        return Place.TAKEN;
    }

    /** Whether the client's failures in the window reached the limit: one read, no write. */
    boolean blocked(String limiter, String client, long window, int limit) {
        Integer failures = inOwnTransaction(() -> jdbc.query("select failures from failure_count where limiter = ?"
                + " and client = ? and window_number = ?", rows -> rows.next() ? rows.getInt(1) : null, limiter,
                client, window));
        return failures != null && failures >= limit;
    }

    /** Gives a place back, if the window it was taken in is still the row's. */
    void giveBack(String limiter, String client, long window) {
        inOwnTransaction(() -> jdbc.update("update failure_count set taken = taken - 1 where limiter = ?"
                + " and client = ? and window_number = ? and taken > failures", limiter, client, window));
    }

    /**
     * Counts the failure of an attempt that holds a place, if the window it was taken in is still the row's: true
     * when the client's failures have now reached the limit.
     */
    boolean failed(String limiter, String client, long window, int limit) {
        return inOwnTransaction(() -> {
            jdbc.update("update failure_count set failures = failures + 1 where limiter = ? and client = ?"
                    + " and window_number = ? and failures < taken", limiter, client, window);
            Integer failures = jdbc.query("select failures from failure_count where limiter = ? and client = ?"
                    + " and window_number = ?", rows -> rows.next() ? rows.getInt(1) : null, limiter, client, window);
            return failures != null && failures >= limit;
        });
    }

    /** Forgets every client's count of windows before {@code window}. */
    void forgetWindowsBefore(String limiter, long window) {
        inOwnTransaction(() -> jdbc.update("delete from failure_count where limiter = ? and window_number < ?",
                limiter, window));
    }

    /** Forgets every client's count. */
    void forgetAll(String limiter) {
        inOwnTransaction(() -> jdbc.update("delete from failure_count where limiter = ?", limiter));
    }

    /** How many clients the limit counts now. */
    int clients(String limiter) {
        Integer rows = inOwnTransaction(() -> jdbc.queryForObject(
                "select count(*) from failure_count where limiter = ?", Integer.class, limiter));
        return rows == null ? 0 : rows;
    }

    private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Failure counts commit on their own: count before the transaction "
                    + "starts and settle after it ends");
        }
        return transactions.execute(status -> {
            if (postgres) {
                jdbc.execute("set local synchronous_commit to off");
            }
            return work.get();
        });
    }
}
