package org.hybridplanner.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent copy of the database file
 * into a zip while the planner goes on reading and saving (the copy is the state of one committed moment). One
 * backup at a time, written next to the database (the data volume has room for a copy of it) and deleted once sent.
 * PostgreSQL has its own tools (pg_dump); the planner does not wrap them.
 */
@Service
class DatabaseBackup {
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final JdbcTemplate jdbc;
    private final Path dataDir;
    private final boolean embedded;
    private final ReentrantLock running = new ReentrantLock();

    DatabaseBackup(JdbcTemplate jdbc, @Value("${planner.data-dir}") Path dataDir,
            @Value("${spring.datasource.url}") String databaseUrl) {
        this.jdbc = jdbc;
        this.dataDir = dataDir;
        this.embedded = databaseUrl.startsWith("jdbc:h2:");
    }

    /**
     * Takes a backup into a temporary zip; closing the answer deletes it. Refuses with
     * {@link BackupRefusedException} on PostgreSQL and while another backup is being taken.
     */
    TakenBackup take() throws IOException {
        if (!embedded) {
            throw new BackupRefusedException("The planner runs on PostgreSQL: back it up with pg_dump "
                    + "(docs/deployment.md#backup-and-restore)");
        }
        if (!running.tryLock()) {
            throw new BackupRefusedException("Another backup is being taken; try again when it has finished");
        }
        Path zip = null;
        try {
            zip = Files.createTempFile(dataDir, ".backup-", ".zip");
            Files.delete(zip);  // BACKUP TO creates the file itself
            // The name is ours (data directory + random part), never the caller's; quotes doubled all the same.
            jdbc.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            long size = Files.size(zip);
            log.info("Backup of the embedded database taken ({} bytes)", size);
            return new TakenBackup(zip, size, running);
        } catch (IOException | RuntimeException e) {
            if (zip != null) {
                Files.deleteIfExists(zip);
            }
            running.unlock();
            throw e;
        }
    }

    /** A backup zip on disk, for as long as it is being sent. */
    record TakenBackup(Path file, long size, ReentrantLock running) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                running.unlock();
            }
        }
    }
}
