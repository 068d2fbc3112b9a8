package org.hybridplanner.app.backup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the planner takes no backup itself: the refusal names the tool to use instead. */
class DatabaseBackupTest {

    @Test
    void pointsToPgDumpOnPostgresql() {
        DatabaseBackup backups = new DatabaseBackup(null, Path.of("unused"), "jdbc:postgresql://db:5432/planner");

        assertThatThrownBy(backups::take).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("pg_dump").hasMessageContaining("docs/deployment.md#backup-and-restore");
    }
}
