package org.hybridplanner.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class OwnerOnlyDataDirectoryTest {
    @TempDir
    Path workspace;

    @Test
    void createsAMissingDataDirectoryForItsOwnerOnlyBeforeTheDatasourceOpens() throws Exception {
        Path dataDir = workspace.resolve("new").resolve("data");

        opened(dataDir, "jdbc:h2:file:" + dataDir + "/planner;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
    }

    @Test
    void narrowsADataDirectoryAndDatabaseFilesCreatedBeforeForEveryone() throws Exception {
        Path dataDir = Files.createDirectory(workspace.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = readableByAll(dataDir.resolve("planner.mv.db"));
        Path trace = readableByAll(dataDir.resolve("planner.trace.db"));
        Path somethingElse = readableByAll(dataDir.resolve("notes.txt"));

        OwnerOnlyDataDirectory check = opened(dataDir, "jdbc:h2:file:" + dataDir + "/planner");
        check.onApplicationEvent(new ContextRefreshedEvent(new StaticApplicationContext()));

        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(database)).isEqualTo("rw-------");
        assertThat(permissions(trace)).isEqualTo("rw-------");
        assertThat(permissions(somethingElse)).as("not the planner's file").isEqualTo("rw-r--r--");
    }

    @Test
    void leavesDatabasesThatAreNotEmbeddedFilesAlone() {
        assertThat(OwnerOnlyDataDirectory.databaseFile("jdbc:postgresql://localhost:5432/planner")).isNull();
        assertThat(OwnerOnlyDataDirectory.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isNull();
        assertThat(OwnerOnlyDataDirectory.databaseFile("jdbc:h2:tcp://localhost/planner")).isNull();
        assertThat(OwnerOnlyDataDirectory.databaseFile("jdbc:h2:./data/planner;WRITE_DELAY=0"))
                .isEqualTo(Path.of("data", "planner").toAbsolutePath());
    }

    private OwnerOnlyDataDirectory opened(Path dataDir, String url) {
        OwnerOnlyDataDirectory check = new OwnerOnlyDataDirectory(
                new MockEnvironment().withProperty("planner.data-dir", dataDir.toString()));
        try (HikariDataSource dataSource = new HikariDataSource()) {  // never started: no connection is opened
            dataSource.setJdbcUrl(url);
            check.postProcessBeforeInitialization(dataSource, "dataSource");
        }
        return check;
    }

    private static Path readableByAll(Path file) throws Exception {
        Files.createFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
