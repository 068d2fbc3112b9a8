package org.hybridplanner.app.base;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a transaction's changes durable before the caller acknowledges them. H2 (2.x, MVStore) marks a commit done in
 * memory and, by default, writes it up to {@code WRITE_DELAY} (500 ms) later; it never fsyncs. The planner's H2 URL
 * sets {@code WRITE_DELAY=0}, so every commit is written to the file before COMMIT returns (a killed process loses
 * nothing), and here, once the transaction has committed, H2 also fsyncs its file ({@code CHECKPOINT SYNC}), so that
 * an acknowledged save survives a power cut or an operating-system crash too. PostgreSQL needs nothing: with {@code
 * synchronous_commit} on (its default; the planner never changes it) COMMIT returns only after the commit record is
 * flushed to the WAL.
 */
@Component
public class DurableCommits {
    private static final String SYNC = "CHECKPOINT SYNC";

    private final JdbcTemplate jdbc;
    private final boolean h2;

    DurableCommits(DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.h2 = "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
        if (h2) {
            jdbc.execute(SYNC);  // fails at start-up, not on the first save, if the account may not do this
        }
    }

    /**
     * Once the current transaction commits, and before the method that started it returns to its caller, forces the
     * commit to disk. A failure to do so reaches the caller as an exception: a save is never acknowledged as stored
     * when it might not be.
     */
    public void beforeAcknowledging() {
        if (!h2) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("DurableCommits needs a transaction to follow");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Still on the transaction's own connection: no second connection from a pool that may be empty.
                jdbc.execute(SYNC);
            }
        });
    }
}
