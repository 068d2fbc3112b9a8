package org.hybridplanner.app.plan;

import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 against the packaged planner ({@code target/planner.jar}, built by {@code package} before Failsafe runs),
 * as a child process on loopback: saves acknowledged before a SIGKILL are all there after the restart, an ETag from
 * before the crash never overwrites a later change, and the data directory is readable by its owner only.
 */
class SaveCrashIT {
    private static final Path JAR = Path.of("target", "planner.jar");

    @TempDir
    Path workspace;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void everySaveAcknowledgedBeforeSigkillIsThereAfterTheRestartAndItsEtagIsNeverAcceptedAgain() throws Exception {
        assertThat(JAR).as("the packaged planner").isRegularFile();

        CrashCheck.Report report = CrashCheck.run(JAR, workspace.resolve("data"), List.of(), 3,
                Duration.ofSeconds(3), Duration.ofSeconds(4));

        assertThat(report.exitStatus()).as("exit status of the killed planner: 128 + SIGKILL").isEqualTo(137);
        assertThat(report.acknowledged()).as("saves acknowledged before the kill").isGreaterThanOrEqualTo(30);
        assertThat(report.problems()).isEmpty();
        assertThat(report.lost()).as("acknowledged saves missing after the restart").isZero();
        assertThat(report.staleTagsChecked()).isGreaterThanOrEqualTo(3);
        assertThat(report.staleTagsAccepted()).as("pre-crash ETags that overwrote a later change").isZero();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void createsTheDataDirectoryAndTheDatabaseForItsOwnerOnly() throws Exception {
        Path dataDir = workspace.resolve("fresh").resolve("data");  // does not exist yet: the planner creates it
        Files.createDirectories(dataDir.getParent());

        // The token command opens the database exactly as the server does (same configuration, same datasource),
        // and on a fresh data directory creates it (migrations, the admin account).
        PackagedPlanner.issueToken(JAR, dataDir, List.of());

        assertThat(Files.getPosixFilePermissions(dataDir)).as(dataDir.toString())
                .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE, OWNER_EXECUTE);
        try (Stream<Path> entries = Files.walk(dataDir)) {
            List<Path> files = entries.filter(Files::isRegularFile).toList();
            assertThat(files).as("database files").anyMatch(file -> file.getFileName().toString().endsWith(".mv.db"));
            for (Path file : files) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                assertThat(permissions).as(file.toString()).isSubsetOf(OWNER_READ, OWNER_WRITE);
            }
        }
    }
}
