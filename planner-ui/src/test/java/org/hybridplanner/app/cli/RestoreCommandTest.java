package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code restore} command's answers: what it restores, what it refuses, and what it keeps. */
class RestoreCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void restoresABackupIntoAnEmptyDataDirectory() throws Exception {
        Path backup = backupOf(plannerDatabase(2, 3));
        Path data = temp.resolve("fresh");

        assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("restored 3 plans of 2 accounts");
        assertThat(Files.list(data).map(path -> path.getFileName().toString()).toList())
                .containsExactly("planner.mv.db");
    }

    @Test
    void takesTheDataDirectoryFromTheEnvironmentLikeTheServer() throws Exception {
        Path backup = backupOf(plannerDatabase(1, 0));
        Path data = temp.resolve("from-env");

        assertThat(run(Map.of("PLANNER_DATA_DIR", data.toString()), "restore", backup.toString())).isZero();
        assertThat(data.resolve("planner.mv.db")).exists();
    }

    @Test
    void keepsTheDatabaseItReplacesAndRefusesWithoutReplace() throws Exception {
        Path backup = backupOf(plannerDatabase(1, 1));
        Path data = Files.createDirectories(temp.resolve("existing"));
        Files.writeString(data.resolve("planner.mv.db"), "the current database");

        assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds a database", "--replace");
        assertThat(data.resolve("planner.mv.db")).hasContent("the current database");

        assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString(), "--replace")).isZero();
        assertThat(data.resolve("planner.mv.db.before-restore-20261203T101530Z")).hasContent("the current database");
        assertThat(Files.size(data.resolve("planner.mv.db"))).isGreaterThan(1000);
    }

    @Test
    void refusesAZipWithoutAPlannerDatabaseAndNeverWritesOutsideTheDataDirectory() throws Exception {
        Path backup = temp.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("../planner.mv.db"));
            zip.write("escaping".getBytes(StandardCharsets.UTF_8));
        }
        Path data = temp.resolve("data");

        assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a planner backup: it holds no planner.mv.db");
        assertThat(temp.resolve("planner.mv.db")).doesNotExist();
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void refusesAFileThatIsNotAPlannerDatabaseAndLeavesNothingBehind() throws Exception {
        Path backup = temp.resolve("garbage.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("planner.mv.db"));
            zip.write("not a database".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        Path data = temp.resolve("data");

        assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be opened as a planner database");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void refusesToReplaceADatabaseARunningPlannerHoldsOpen() throws Exception {
        Path backup = backupOf(plannerDatabase(1, 1));
        Path data = Files.createDirectories(temp.resolve("running"));
        try (Connection running = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("planner"), "planner",
                "")) {
            assertThat(run(Map.of(), "restore", backup.toString(), "--data-dir", data.toString(), "--replace"))
                    .isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is in use: stop the running planner first");
        assertThat(Files.list(data).map(path -> path.getFileName().toString()).toList())
                .containsExactly("planner.mv.db");
    }

    @Test
    void refusesAMissingBackupFile() {
        assertThat(run(Map.of(), "restore", temp.resolve("nowhere.zip").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere.zip: no such file");
        assertThat(run(Map.of(), "restore")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing BACKUP.zip");
    }

    private int run(Map<String, String> environment, String... args) {
        PlannerCommandLine commandLine = new PlannerCommandLine(List.of(new RestoreCommand(environment::get, clock)),
                new CliConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return commandLine.run(args);
    }

    /** An H2 database with the planner's two counted tables, as a backup would hold it. */
    private Path plannerDatabase(int accounts, int plans) throws Exception {
        Path directory = Files.createTempDirectory(temp, "source");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("planner")
                + ";DB_CLOSE_ON_EXIT=FALSE", "planner", ""); Statement statement = connection.createStatement()) {
            statement.execute("create table account (id bigint primary key)");
            statement.execute("create table plan (id bigint primary key)");
            for (int i = 0; i < accounts; i++) {
                statement.execute("insert into account values (" + i + ")");
            }
            for (int i = 0; i < plans; i++) {
                statement.execute("insert into plan values (" + i + ")");
            }
            statement.execute("shutdown");
        }
        return directory.resolve("planner.mv.db");
    }

    private Path backupOf(Path database) throws IOException {
        Path backup = temp.resolve("backup-" + System.nanoTime() + ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("planner.mv.db"));
            Files.copy(database, zip);
        }
        return backup;
    }
}
